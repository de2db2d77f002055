package dev.kiroworker.handlers.github.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * The human part of a GitHub REST error body, {@code {"message", "errors", "documentation_url"}},
 * for messages; a body that is not JSON (a proxy's HTML page) is cut short instead.
 */
public final class ErrorBody {

  private static final int MAX_LENGTH = 300;

  private ErrorBody() {}

  /** {@code message}, then each entry of {@code errors}; empty when there is nothing to say. */
  public static String describe(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    JsonNode tree = parse(body);
    if (tree == null || !tree.isObject()) {
      return shorten(body.strip().replaceAll("\\s+", " "));
    }
    List<String> parts = new ArrayList<>();
    String message = tree.path("message").asText("");
    if (!message.isBlank()) {
      parts.add(message);
    }
    for (JsonNode error : tree.path("errors")) {
      parts.add(describeError(error));
    }
    return shorten(String.join("; ", parts));
  }

  private static String describeError(JsonNode error) {
    if (!error.isObject()) {
      return error.asText();
    }
    if (error.hasNonNull("message")) {
      return error.get("message").asText();
    }
    // Validation errors without a message name the resource, field and a code such as "missing".
    return String.join(
            " ",
            error.path("resource").asText(""),
            error.path("field").asText(""),
            error.path("code").asText(""))
        .strip();
  }

  private static JsonNode parse(String body) {
    try {
      return JsonMapper.shared().readTree(body);
    } catch (java.io.IOException e) {
      return null;
    }
  }

  private static String shorten(String text) {
    return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH) + "…";
  }
}
