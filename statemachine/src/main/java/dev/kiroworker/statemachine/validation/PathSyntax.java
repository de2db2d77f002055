package dev.kiroworker.statemachine.validation;

import dev.kiroworker.statemachine.json.JsonPaths;
import dev.kiroworker.statemachine.json.ReferencePath;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The path forms a JSONPath state accepts: the input ({@code $.order}), the context object ({@code
 * $$.Execution.Id}) and, since AWS added variables, a variable ({@code $total.net}).
 */
final class PathSyntax {

  private static final Pattern VARIABLE =
      Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)(.*)", Pattern.DOTALL);

  private PathSyntax() {}

  /** Whether {@code text} is a JSONPath over the input, the context object or a variable. */
  static boolean isPath(String text) {
    Matcher variable = VARIABLE.matcher(text);
    if (variable.matches()) {
      return variable.group(2).isEmpty() || JsonPaths.isPath("$" + variable.group(2));
    }
    return JsonPaths.isPath(text);
  }

  /**
   * Whether {@code text} is a reference path that reads one value: field names and array indexes
   * only, after {@code $}, {@code $$} or a variable.
   */
  static boolean isReadingReferencePath(String text) {
    if (text.startsWith("$$")) {
      return ReferencePath.isValid(text.substring(1));
    }
    Matcher variable = VARIABLE.matcher(text);
    if (variable.matches()) {
      return ReferencePath.isValid("$" + variable.group(2));
    }
    return ReferencePath.isValid(text);
  }

  /** Whether {@code text} is meant as an intrinsic function call. */
  static boolean isIntrinsic(String text) {
    return text.startsWith("States.");
  }
}
