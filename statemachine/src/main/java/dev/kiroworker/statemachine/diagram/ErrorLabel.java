package dev.kiroworker.statemachine.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * A Catch's {@code ErrorEquals} as an edge label: {@code States.ALL} reads "any error", and a Java
 * exception's fully qualified name (the name a Lambda handler's error carries) is cut to its simple
 * name, which is what a reader recognises.
 */
final class ErrorLabel {

  private ErrorLabel() {}

  /** The names, shortened, joined by commas; names past {@link ChoiceLabel#MAX_LENGTH} counted. */
  static String of(List<String> errorEquals) {
    List<String> shown = new ArrayList<>();
    int length = 0;
    for (String error : errorEquals) {
      String name = shorten(error);
      if (!shown.isEmpty() && length + 2 + name.length() > ChoiceLabel.MAX_LENGTH) {
        shown.add("+" + (errorEquals.size() - shown.size()) + " more");
        break;
      }
      length += (shown.isEmpty() ? 0 : 2) + name.length();
      shown.add(name);
    }
    return String.join(", ", shown);
  }

  static String shorten(String error) {
    if (error.equals("States.ALL")) {
      return "any error";
    }
    String[] parts = error.split("\\.");
    // dev.kiroworker.handlers.errors.PermanentException, not States.Timeout or Lambda.Unknown.
    boolean javaClassName =
        parts.length >= 3 && !parts[0].isEmpty() && Character.isLowerCase(parts[0].charAt(0));
    return javaClassName ? parts[parts.length - 1] : error;
  }
}
