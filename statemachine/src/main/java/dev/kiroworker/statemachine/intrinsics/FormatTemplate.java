package dev.kiroworker.statemachine.intrinsics;

import java.util.ArrayList;
import java.util.List;

/**
 * A States.Format template: the text around its {@code {}} placeholders.
 *
 * @param pieces the literal text before, between and after the placeholders
 */
record FormatTemplate(List<String> pieces) {

  /**
   * Splits a template at its {@code {}}. A literal template keeps its escapes, so {@code \{} and
   * {@code \}} stay plain braces; any other brace is an error.
   *
   * @param escapes whether the backslash escapes of a quoted literal apply
   * @throws IllegalArgumentException when a brace is not part of a {@code {}}
   */
  static FormatTemplate parse(String template, boolean escapes) {
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (escapes && c == '\\' && i + 1 < template.length()) {
        piece.append(template.charAt(++i));
      } else if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
        pieces.add(piece.toString());
        piece.setLength(0);
        i++;
      } else if (c == '{' || c == '}') {
        throw new IllegalArgumentException(
            "the template has a '" + c + "' at character " + (i + 1) + " that is not part of {}");
      } else {
        piece.append(c);
      }
    }
    pieces.add(piece.toString());
    return new FormatTemplate(List.copyOf(pieces));
  }

  int placeholders() {
    return pieces.size() - 1;
  }

  /** The template with its placeholders replaced by {@code values}, in order. */
  String fill(List<String> values) {
    StringBuilder text = new StringBuilder(pieces.getFirst());
    for (int i = 0; i < values.size(); i++) {
      text.append(values.get(i)).append(pieces.get(i + 1));
    }
    return text.toString();
  }
}
