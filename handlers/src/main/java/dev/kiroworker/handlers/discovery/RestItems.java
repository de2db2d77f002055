package dev.kiroworker.handlers.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.kiroworker.handlers.errors.PermanentException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Reads a {@code projects-v2-item-with-content} from the REST item listing: {@code node_id}, {@code
 * content_type}, {@code content} (the issue or pull request, or the draft), {@code archived_at},
 * {@code created_at} and the requested {@code fields} values.
 */
final class RestItems {

  private RestItems() {}

  static BoardItem parse(JsonNode item, FieldIds ids) {
    ContentType type = ContentType.of(item.path("content_type").asText()).orElse(null);
    JsonNode content = item.path("content");
    boolean pullRequest = type == ContentType.PULL_REQUEST;
    return new BoardItem(
        required(item, "node_id"),
        type,
        type == ContentType.DRAFT_ISSUE || content.path("number").isMissingNode()
            ? null
            : content.path("number").asInt(),
        text(content, "title"),
        text(content, "html_url"),
        repository(content),
        !"closed".equals(content.path("state").asText()),
        selectName(field(item, ids.status())),
        instant(item, "created_at"),
        !item.path("archived_at").isNull() && !item.path("archived_at").isMissingNode(),
        pullRequest ? text(content.path("head"), "ref") : null,
        pullRequest && crossRepository(content),
        ids.branch() == null ? null : text(field(item, ids.branch()), "value"),
        ids.priority() == null ? null : number(field(item, ids.priority())),
        type == ContentType.ISSUE ? null : List.of());
  }

  /** The entry of {@code fields} with id {@code id}; a missing node when absent. */
  private static JsonNode field(JsonNode item, String id) {
    for (JsonNode field : item.path("fields")) {
      if (field.path("id").asText().equals(id)) {
        return field;
      }
    }
    return MissingNode.getInstance();
  }

  /** A single-select value's option name: {@code {"name": {"raw": ...}}} or a plain string. */
  private static String selectName(JsonNode field) {
    JsonNode name = field.path("value").path("name");
    return name.isObject() ? text(name, "raw") : text(field.path("value"), "name");
  }

  private static Double number(JsonNode field) {
    JsonNode value = field.path("value");
    return value.isNumber() ? value.asDouble() : null;
  }

  /**
   * {@code owner/name}: from {@code repository}, else the last two parts of {@code repository_url}.
   */
  private static String repository(JsonNode content) {
    String fullName = text(content.path("repository"), "full_name");
    if (fullName == null) {
      fullName = text(content.path("base").path("repo"), "full_name");
    }
    String url = text(content, "repository_url");
    if (fullName == null && url != null) {
      String[] parts = url.split("/");
      fullName = parts.length < 2 ? null : parts[parts.length - 2] + "/" + parts[parts.length - 1];
    }
    return fullName;
  }

  /** A head in another repository (a fork, or a deleted one: {@code head.repo} null). */
  private static boolean crossRepository(JsonNode pullRequest) {
    String head = text(pullRequest.path("head").path("repo"), "full_name");
    String base = text(pullRequest.path("base").path("repo"), "full_name");
    return pullRequest.path("head").has("repo") && (head == null || !head.equalsIgnoreCase(base));
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node.path(name);
    return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
  }

  private static String required(JsonNode item, String name) {
    String value = text(item, name);
    if (value == null) {
      throw new PermanentException(
          "GitHub listed a board item without '" + name + "'; the REST answer is not usable.");
    }
    return value;
  }

  private static Instant instant(JsonNode item, String name) {
    try {
      return Instant.parse(required(item, name));
    } catch (DateTimeParseException e) {
      throw new PermanentException(
          "GitHub listed board item " + text(item, "node_id") + " with a bad " + name + ".");
    }
  }
}
