package dev.kiroworker.statemachine.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.kiroworker.statemachine.json.Json;

/** The string intrinsics: States.Format and States.StringSplit. */
final class StringFunctions {

  private StringFunctions() {}

  static JsonNode format(Invocation call) {
    FormatTemplate template;
    try {
      template =
          call.sources().getFirst() instanceof Argument.Text literal
              ? FormatTemplate.parse(literal.raw(), true)
              : FormatTemplate.parse(call.text(0), false);
    } catch (IllegalArgumentException e) {
      throw call.invalid(e.getMessage());
    }
    int given = call.values().size() - 1;
    if (template.placeholders() != given) {
      throw call.invalid(
          "the template has "
              + template.placeholders()
              + " {} but "
              + given
              + (given == 1 ? " value follows it" : " values follow it"));
    }
    // AWS writes each value as Java's toString: strings bare, null as null, {a=1}, [1, 2].
    return TextNode.valueOf(
        template.fill(
            call.values().subList(1, call.values().size()).stream().map(JavaView::text).toList()));
  }

  static JsonNode split(Invocation call) {
    String text = call.text(0);
    String delimiters = call.text(1);
    // AWS splits at every character of the delimiter and drops empty pieces, like StringTokenizer.
    ArrayNode pieces = Json.MAPPER.createArrayNode();
    StringBuilder piece = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || delimiters.indexOf(text.charAt(i)) >= 0) {
        if (!piece.isEmpty()) {
          pieces.add(piece.toString());
        }
        piece.setLength(0);
      } else {
        piece.append(text.charAt(i));
      }
    }
    return pieces;
  }
}
