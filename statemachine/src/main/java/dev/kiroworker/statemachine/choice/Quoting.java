package dev.kiroworker.statemachine.choice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.kiroworker.statemachine.json.Json;
import java.util.List;

/** Shows definition values in error messages the way they are written in the JSON. */
final class Quoting {

  private static final int LONGEST = 60;

  private Quoting() {}

  /** {@code text} as a JSON string literal, e.g. {@code "5"}. */
  static String quote(String text) {
    return describe(TextNode.valueOf(text));
  }

  /** Field names as a sentence would list them: {@code A and B}, {@code A, B and C}. */
  static String names(List<String> names) {
    return names(names, "and");
  }

  /** Field names joined as a sentence would, with {@code conjunction} before the last one. */
  static String names(List<String> names, String conjunction) {
    if (names.size() == 1) {
      return names.getFirst();
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " "
        + conjunction
        + " "
        + names.getLast();
  }

  /** {@code value} as compact JSON, shortened when it is long. */
  static String describe(JsonNode value) {
    String json = Json.write(value);
    return json.length() <= LONGEST ? json : json.substring(0, LONGEST) + "…";
  }
}
