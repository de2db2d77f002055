package dev.kiroworker.statemachine.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.StatesErrors;
import java.math.BigDecimal;
import java.util.Set;

/** Checks the Retry and Catch fields of a Task, Parallel or Map state. */
final class ErrorHandlingChecker {

  /** AWS's bounds for retrier seconds and attempts. */
  static final long MAX_SECONDS = 99_999_999L;

  /** AWS: MaxDelaySeconds must be less than 31622401 (366 days). */
  static final long MAX_DELAY_SECONDS = 31_622_400L;

  private static final Set<String> RETRIER_FIELDS =
      Set.of(
          "ErrorEquals",
          "IntervalSeconds",
          "MaxAttempts",
          "BackoffRate",
          "MaxDelaySeconds",
          "JitterStrategy",
          "Comment");
  private static final Set<String> CATCHER_FIELDS =
      Set.of("ErrorEquals", "Next", "ResultPath", "Assign", "Comment");

  private ErrorHandlingChecker() {}

  static void check(ObjectFields state) {
    each(state, "Retry", "retrier", ErrorHandlingChecker::retrier);
    each(state, "Catch", "catcher", ErrorHandlingChecker::catcher);
  }

  private interface ElementChecker {
    void check(ObjectFields element, boolean last);
  }

  private static void each(ObjectFields state, String name, String element, ElementChecker check) {
    JsonNode array = state.get(name);
    if (array == null) {
      return;
    }
    if (!array.isArray()) {
      state.report(name, "must be an array of " + element + "s, got " + ObjectFields.show(array));
      return;
    }
    for (int i = 0; i < array.size(); i++) {
      Location at = state.at(name).index(i);
      if (!array.get(i).isObject()) {
        state
            .context()
            .report(
                at,
                "a "
                    + element
                    + " must be a JSON object with ErrorEquals, got "
                    + ObjectFields.show(array.get(i)));
        continue;
      }
      check.check(new ObjectFields(array.get(i), at, state.context()), i == array.size() - 1);
    }
  }

  private static void retrier(ObjectFields retrier, boolean last) {
    unknownFields(retrier, RETRIER_FIELDS, Set.of(), "a retrier");
    errorEquals(retrier, last, "retrier", "Retry");
    retrier.wholeNumber("IntervalSeconds", 1, MAX_SECONDS);
    retrier.wholeNumber("MaxAttempts", 0, MAX_SECONDS);
    retrier.number("BackoffRate", BigDecimal.ONE, null, "a number of at least 1.0");
    retrier.wholeNumber("MaxDelaySeconds", 1, MAX_DELAY_SECONDS);
    retrier
        .string("JitterStrategy")
        .filter(strategy -> !strategy.equals("FULL") && !strategy.equals("NONE"))
        .ifPresent(
            strategy ->
                retrier.report("JitterStrategy", "must be FULL or NONE, got \"" + strategy + "\""));
    retrier.string("Comment");
  }

  private static void catcher(ObjectFields catcher, boolean last) {
    if (catcher.has("Output")) {
      catcher.report(
          "Output",
          "Output is for JSONata states; under JSONPath place the error output with ResultPath");
    }
    unknownFields(catcher, CATCHER_FIELDS, Set.of("Output"), "a catcher");
    errorEquals(catcher, last, "catcher", "Catch");
    catcher.requiredString(
        "Next", "a catcher needs Next: the state to go to when it catches an error");
    catcher.resultPath("ResultPath");
    PayloadTemplateChecker.check(catcher, "Assign");
    catcher.string("Comment");
  }

  private static void unknownFields(
      ObjectFields element, Set<String> allowed, Set<String> reportedElsewhere, String what) {
    for (String name : element.names()) {
      if (!allowed.contains(name) && !reportedElsewhere.contains(name)) {
        element.report(
            name,
            "field '"
                + name
                + "' is not allowed in "
                + what
                + "; allowed: "
                + String.join(", ", allowed.stream().sorted().toList()));
      }
    }
  }

  private static void errorEquals(ObjectFields element, boolean last, String what, String list) {
    JsonNode names = element.get("ErrorEquals");
    if (names == null) {
      element.reportHere(
          "a " + what + " needs ErrorEquals: the error names it handles, e.g. [\"States.ALL\"]");
      return;
    }
    if (!names.isArray() || names.isEmpty()) {
      element.report(
          "ErrorEquals",
          "must be a non-empty array of error names, got " + ObjectFields.show(names));
      return;
    }
    boolean all = false;
    for (int i = 0; i < names.size(); i++) {
      JsonNode name = names.get(i);
      if (!name.isTextual() || name.asText().isEmpty()) {
        element
            .context()
            .report(
                element.at("ErrorEquals").index(i),
                "an error name must be a non-empty string, got " + ObjectFields.show(name));
      }
      all |= StatesErrors.ALL.equals(name.asText(null));
    }
    if (all && names.size() > 1) {
      element.report(
          "ErrorEquals", "States.ALL must be the only error name in its ErrorEquals array");
    }
    if (all && !last) {
      element.report(
          "ErrorEquals", "the " + what + " for States.ALL must be the last one in " + list);
    }
  }
}
