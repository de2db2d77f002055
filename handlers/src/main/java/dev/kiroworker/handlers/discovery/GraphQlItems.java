package dev.kiroworker.handlers.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.errors.PermanentException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an item node of the {@code ProjectItemsOrg} / {@code ProjectItemsUser} answers, aliases
 * included ({@code status}, {@code branch}, {@code issueState}, {@code pullRequestState}).
 */
final class GraphQlItems {

  private GraphQlItems() {}

  static BoardItem parse(JsonNode node) {
    ContentType type = ContentType.of(node.path("type").asText()).orElse(null);
    JsonNode content = node.path("content");
    boolean pullRequest = type == ContentType.PULL_REQUEST;
    return new BoardItem(
        required(node, "id"),
        type,
        content.path("number").isInt() ? content.path("number").asInt() : null,
        text(content, "title"),
        text(content, "url"),
        text(content.path("repository"), "nameWithOwner"),
        isOpen(content),
        text(node.path("status"), "name"),
        createdAt(node),
        node.path("isArchived").asBoolean(false),
        pullRequest ? text(content, "headRefName") : null,
        pullRequest && content.path("isCrossRepository").asBoolean(false),
        text(node.path("branch"), "text"),
        node.path("priority").path("number").isNumber()
            ? node.path("priority").path("number").asDouble()
            : null,
        type == ContentType.ISSUE ? linked(content) : List.of());
  }

  private static boolean isOpen(JsonNode content) {
    String state =
        content.has("issueState")
            ? content.path("issueState").asText()
            : content.path("pullRequestState").asText("OPEN");
    return "OPEN".equals(state);
  }

  private static List<LinkedPullRequest> linked(JsonNode issue) {
    return linkedPullRequests(issue.path("closedByPullRequestsReferences"));
  }

  /** The {@code closedByPullRequestsReferences} connection's nodes. */
  static List<LinkedPullRequest> linkedPullRequests(JsonNode connection) {
    List<LinkedPullRequest> pullRequests = new ArrayList<>();
    for (JsonNode pr : connection.path("nodes")) {
      pullRequests.add(
          new LinkedPullRequest(
              pr.path("number").asInt(),
              "OPEN".equals(pr.path("state").asText()),
              text(pr, "headRefName"),
              pr.path("isCrossRepository").asBoolean(false)));
    }
    return pullRequests;
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node.path(name);
    return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
  }

  private static String required(JsonNode node, String name) {
    String value = text(node, name);
    if (value == null) {
      throw new PermanentException(
          "GitHub answered a board item without '" + name + "'; the GraphQL answer is not usable.");
    }
    return value;
  }

  private static Instant createdAt(JsonNode node) {
    try {
      return Instant.parse(required(node, "createdAt"));
    } catch (DateTimeParseException e) {
      throw new PermanentException(
          "GitHub answered board item " + text(node, "id") + " with a bad createdAt.");
    }
  }
}
