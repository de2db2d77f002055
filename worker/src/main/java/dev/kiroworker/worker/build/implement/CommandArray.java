package dev.kiroworker.worker.build.implement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.json.JsonMapper;
import dev.kiroworker.worker.build.BuildInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a command written as a JSON array of strings, such as {@code ["kiro-cli","whoami"]}. An
 * array rather than a command line, so that no one has to quote for a shell and nothing is split on
 * spaces.
 */
final class CommandArray {

  // A control character could hide part of an argument in the log or end a line early.
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  private CommandArray() {}

  /**
   * The strings in {@code json}, the value of the variable {@code name}; an empty list for {@code
   * []}.
   *
   * @throws BuildInputException when it is not an array of non-empty strings without control
   *     characters
   */
  static List<String> parse(String name, String json) {
    JsonNode node;
    try {
      node = JsonMapper.shared().readTree(json);
    } catch (JsonProcessingException e) {
      throw invalid(name, "it is not valid JSON (" + e.getOriginalMessage() + ")");
    }
    if (node == null || !node.isArray()) {
      throw invalid(name, "it is not a JSON array");
    }
    List<String> arguments = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode element = node.get(i);
      if (!element.isTextual() || element.asText().isEmpty()) {
        throw invalid(name, "element " + i + " is not a non-empty string");
      }
      if (CONTROL.matcher(element.asText()).find()) {
        throw invalid(name, "element " + i + " contains a control character");
      }
      arguments.add(element.asText());
    }
    return List.copyOf(arguments);
  }

  static BuildInputException invalid(String name, String reason) {
    return new BuildInputException(
        "The environment variable "
            + name
            + " must be a JSON array of non-empty strings, such as"
            + " [\"kiro-cli\",\"chat\",\"--no-interactive\",\"--trust-all-tools\",\"{prompt}\"]: "
            + reason
            + ".");
  }
}
