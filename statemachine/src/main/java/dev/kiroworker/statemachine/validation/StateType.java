package dev.kiroworker.statemachine.validation;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The eight state types and the fields AWS allows on each under JSONPath; the table follows AWS's
 * own ASL language service ({@code aws/amazon-states-language-service}, validationSchema.ts) and
 * the Step Functions developer guide state pages.
 */
enum StateType {
  PASS("Pass", Flow.NEXT_OR_END, Set.of("Result", "ResultPath", "Parameters", "Assign")),
  TASK(
      "Task",
      Flow.HANDLES_ERRORS,
      Set.of(
          "Resource",
          "Parameters",
          "Credentials",
          "ResultSelector",
          "ResultPath",
          "TimeoutSeconds",
          "TimeoutSecondsPath",
          "HeartbeatSeconds",
          "HeartbeatSecondsPath",
          "Retry",
          "Catch",
          "Assign")),
  CHOICE("Choice", Flow.BRANCHES, Set.of("Choices", "Default", "Assign")),
  WAIT(
      "Wait",
      Flow.NEXT_OR_END,
      Set.of("Seconds", "Timestamp", "SecondsPath", "TimestampPath", "Assign")),
  SUCCEED("Succeed", Flow.ENDS, Set.of()),
  FAIL("Fail", Flow.ENDS, Set.of("Error", "ErrorPath", "Cause", "CausePath")),
  PARALLEL(
      "Parallel",
      Flow.HANDLES_ERRORS,
      Set.of("Branches", "ResultPath", "Parameters", "ResultSelector", "Retry", "Catch", "Assign")),
  MAP(
      "Map",
      Flow.HANDLES_ERRORS,
      Set.of(
          "ItemProcessor",
          "Iterator",
          "ItemsPath",
          "ItemSelector",
          "Parameters",
          "MaxConcurrency",
          "MaxConcurrencyPath",
          "ToleratedFailurePercentage",
          "ToleratedFailurePercentagePath",
          "ToleratedFailureCount",
          "ToleratedFailureCountPath",
          "Label",
          "ItemReader",
          "ItemBatcher",
          "ResultWriter",
          "ResultPath",
          "ResultSelector",
          "Retry",
          "Catch",
          "Assign"));

  /** How a state of this type moves on. */
  private enum Flow {
    NEXT_OR_END,
    HANDLES_ERRORS,
    BRANCHES,
    ENDS
  }

  private final String jsonName;
  private final Flow flow;
  private final Set<String> fields;

  StateType(String jsonName, Flow flow, Set<String> specific) {
    this.jsonName = jsonName;
    this.flow = flow;
    Set<String> all = new HashSet<>(specific);
    all.addAll(Set.of("Type", "Comment", "QueryLanguage"));
    if (!"Fail".equals(jsonName)) {
      all.addAll(Set.of("InputPath", "OutputPath"));
    }
    if (flow == Flow.NEXT_OR_END || flow == Flow.HANDLES_ERRORS) {
      all.addAll(Set.of("Next", "End"));
    }
    this.fields = Set.copyOf(all);
  }

  /** The type named {@code name} in a definition ("Pass", "Task", ...), if there is one. */
  static Optional<StateType> of(String name) {
    return Arrays.stream(values()).filter(type -> type.jsonName.equals(name)).findFirst();
  }

  /** The type names, for messages: "Pass, Task, Choice, Wait, Succeed, Fail, Parallel, Map". */
  static String names() {
    return String.join(", ", Arrays.stream(values()).map(type -> type.jsonName).toList());
  }

  String jsonName() {
    return jsonName;
  }

  /** Every field a state of this type may have under JSONPath. */
  Set<String> fields() {
    return fields;
  }

  boolean allows(String field) {
    return fields.contains(field);
  }

  /** Whether {@code field} belongs to a JSONata state of this type (and so not to JSONPath). */
  boolean takesUnderJsonata(String field) {
    return switch (field) {
      case "Output" -> this != FAIL;
      case "Arguments" -> this == TASK || this == PARALLEL;
      case "Items" -> this == MAP;
      default -> false;
    };
  }

  /** Whether it moves on with {@code Next} or ends with {@code "End": true}. */
  boolean hasNextOrEnd() {
    return flow == Flow.NEXT_OR_END || flow == Flow.HANDLES_ERRORS;
  }

  /** Whether it has Retry and Catch (Task, Parallel, Map). */
  boolean handlesErrors() {
    return flow == Flow.HANDLES_ERRORS;
  }
}
