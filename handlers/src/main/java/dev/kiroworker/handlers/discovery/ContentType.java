package dev.kiroworker.handlers.discovery;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** What a board item holds, named as GitHub's REST API names it ({@code content_type}). */
public enum ContentType {
  ISSUE("Issue"),
  PULL_REQUEST("PullRequest"),
  DRAFT_ISSUE("DraftIssue");

  private final String restName;

  ContentType(String restName) {
    this.restName = restName;
  }

  /**
   * The type for a REST {@code content_type} ({@code Issue}) or a GraphQL {@code type} ({@code
   * ISSUE}); empty for anything else, such as {@code REDACTED} content the token cannot see.
   */
  static Optional<ContentType> of(String name) {
    for (ContentType type : values()) {
      if (type.restName.equals(name) || type.name().equals(name)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  @JsonValue
  public String restName() {
    return restName;
  }
}
