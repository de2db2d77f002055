package dev.kiroworker.handlers.github.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a GraphQL answer's {@code errors}, as GitHub writes them: {@code {"type", "message",
 * "path"}}; {@code type} is empty for query errors GitHub does not type.
 *
 * @param type {@code NOT_FOUND}, {@code FORBIDDEN}, {@code RATE_LIMITED}, ...
 * @param message GitHub's explanation
 * @param path where in the query it happened, such as {@code organization.projectV2}
 */
public record GraphQlError(String type, String message, String path) {

  public static final String NOT_FOUND = "NOT_FOUND";
  public static final String RATE_LIMITED = "RATE_LIMITED";

  /** The errors of a GraphQL answer, none when it has none. */
  public static List<GraphQlError> of(JsonNode answer) {
    List<GraphQlError> errors = new ArrayList<>();
    for (JsonNode error : answer.path("errors")) {
      errors.add(
          new GraphQlError(
              error.path("type").asText(""), error.path("message").asText(""), path(error)));
    }
    return errors;
  }

  /** How messages show it: {@code NOT_FOUND at organization: Could not resolve ...}. */
  public String describe() {
    String where = path.isEmpty() ? "" : " at " + path;
    return (type.isEmpty() ? "error" : type) + where + ": " + message;
  }

  private static String path(JsonNode error) {
    List<String> parts = new ArrayList<>();
    error.path("path").forEach(part -> parts.add(part.asText()));
    return String.join(".", parts);
  }
}
