package dev.kiroworker.statemachine.validation;

import java.util.Set;

/** Checks what is particular to a Fail state: its error and cause, given or read. */
final class FailChecker {

  /** AWS: the intrinsic functions that return a string, the only ones ErrorPath/CausePath take. */
  private static final Set<String> STRING_INTRINSICS =
      Set.of(
          "States.Format",
          "States.JsonToString",
          "States.ArrayGetItem",
          "States.Base64Encode",
          "States.Base64Decode",
          "States.Hash",
          "States.UUID");

  private FailChecker() {}

  static void check(ObjectFields fail) {
    fail.string("Error");
    fail.string("Cause");
    dynamic(fail, "ErrorPath");
    dynamic(fail, "CausePath");
    fail.atMostOne("Error", "ErrorPath");
    fail.atMostOne("Cause", "CausePath");
  }

  private static void dynamic(ObjectFields fail, String name) {
    fail.string(name).ifPresent(text -> dynamicText(fail, name, text));
  }

  private static void dynamicText(ObjectFields fail, String name, String text) {
    if (PathSyntax.isIntrinsic(text)) {
      String function = text.contains("(") ? text.substring(0, text.indexOf('(')).trim() : text;
      if (!STRING_INTRINSICS.contains(function)) {
        fail.report(
            name,
            "only an intrinsic function that returns a string can be used here ("
                + String.join(", ", STRING_INTRINSICS.stream().sorted().toList())
                + "), got "
                + function);
        return;
      }
      String problem = fail.context().intrinsicCheck().check(text);
      if (problem != null) {
        fail.report(name, problem);
      }
    } else if (!PathSyntax.isReadingReferencePath(text)) {
      fail.report(
          name,
          "must be a reference path such as $.error, or an intrinsic function that returns a"
              + " string, got \""
              + text
              + "\"");
    }
  }
}
