package dev.kiroworker.statemachine.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Checks one state: its Type, the fields its type allows, how it moves on, its data flow, then what
 * is particular to its type.
 */
final class StateChecker {

  private static final List<String> OUTPUT_SHAPERS =
      List.of("Parameters", "Result", "ResultSelector", "ResultPath", "OutputPath");

  private StateChecker() {}

  static void check(JsonNode node, Location location, ValidationContext context) {
    if (!node.isObject()) {
      context.report(
          location, "a state must be a JSON object with a Type, got " + ObjectFields.show(node));
      return;
    }
    ObjectFields state = new ObjectFields(node, location, context);
    Optional<StateType> type = type(state);
    if (QueryLanguageCheck.declaresJsonata(state) || type.isEmpty()) {
      return;
    }
    fields(state, type.get());
    state.string("Comment");
    transition(state, type.get());
    dataFlow(state, type.get());
    particular(state, type.get());
  }

  private static Optional<StateType> type(ObjectFields state) {
    if (!state.has("Type")) {
      state.reportHere("a state needs a Type: one of " + StateType.names());
      return Optional.empty();
    }
    Optional<String> name = state.string("Type");
    Optional<StateType> type = name.flatMap(StateType::of);
    if (name.isPresent() && type.isEmpty()) {
      state.report(
          "Type", "'" + name.get() + "' is not a state type; use one of " + StateType.names());
    }
    return type;
  }

  private static void fields(ObjectFields state, StateType type) {
    for (String name : state.names()) {
      if (type.allows(name) || name.equals("Next") || name.equals("End")) {
        continue;
      }
      if (type.takesUnderJsonata(name)) {
        state.report(name, jsonataOnly(name, type));
      } else {
        state.report(
            name,
            "field '"
                + name
                + "' is not allowed on a "
                + type.jsonName()
                + " state"
                + hint(name, type));
      }
    }
  }

  private static String jsonataOnly(String name, StateType type) {
    return switch (name) {
      case "Arguments" ->
          "Arguments is for JSONata states; under JSONPath pass input to the work with Parameters";
      case "Items" -> "Items is for JSONata states; under JSONPath select the items with ItemsPath";
      default ->
          "Output is for JSONata states; under JSONPath shape the output with "
              + inEnglish(OUTPUT_SHAPERS.stream().filter(type::allows).toList());
    };
  }

  /** "A", "A and B", "A, B and C". */
  private static String inEnglish(List<String> items) {
    String last = items.getLast();
    String others = String.join(", ", items.subList(0, items.size() - 1));
    return others.isEmpty() ? last : others + " and " + last;
  }

  /** A likely fix for a misplaced field: the right spelling, or the types that take it. */
  private static String hint(String name, StateType type) {
    Optional<String> spelling =
        type.fields().stream().filter(field -> field.equalsIgnoreCase(name)).findFirst();
    if (spelling.isPresent()) {
      return "; did you mean '" + spelling.get() + "'?";
    }
    List<String> takers =
        Arrays.stream(StateType.values())
            .filter(other -> other.allows(name))
            .map(StateType::jsonName)
            .toList();
    return takers.isEmpty() ? "" : "; it belongs on " + inEnglish(takers) + " states";
  }

  private static void transition(ObjectFields state, StateType type) {
    if (!type.hasNextOrEnd()) {
      for (String name : List.of("Next", "End")) {
        if (state.has(name)) {
          state.report(name, noTransition(type, name));
        }
      }
      return;
    }
    boolean next = state.has("Next");
    boolean end = state.has("End");
    if (!next && !end) {
      state.reportHere(
          "a " + type.jsonName() + " state needs Next (the state to run next) or \"End\": true");
    } else if (next && end) {
      state.report("End", "a state cannot have both Next and End; keep one of them");
    } else if (end && !(state.get("End").isBoolean() && state.get("End").booleanValue())) {
      state.report(
          "End",
          "must be true, got "
              + ObjectFields.show(state.get("End"))
              + "; to go on to another state use Next instead");
    }
    state.nonEmptyString("Next");
  }

  private static String noTransition(StateType type, String name) {
    if (type == StateType.CHOICE) {
      return "a Choice state cannot have "
          + name
          + ": it goes on through its Choices rules or Default";
    }
    return "a " + type.jsonName() + " state stops the execution, so it cannot have " + name;
  }

  /** In the order data flows through a state: input, parameters, result, output, variables. */
  private static void dataFlow(ObjectFields state, StateType type) {
    if (type.allows("InputPath")) {
      state.pathOrNull("InputPath");
    }
    for (String template : List.of("Parameters", "ItemSelector", "ResultSelector")) {
      if (type.allows(template)) {
        PayloadTemplateChecker.check(state, template);
      }
    }
    if (type.allows("ResultPath")) {
      state.resultPath("ResultPath");
    }
    if (type.allows("OutputPath")) {
      state.pathOrNull("OutputPath");
    }
    if (type.allows("Assign")) {
      PayloadTemplateChecker.check(state, "Assign");
    }
  }

  private static void particular(ObjectFields state, StateType type) {
    switch (type) {
      case TASK -> TaskChecker.check(state);
      case CHOICE -> ChoiceChecker.check(state);
      case WAIT -> WaitChecker.check(state);
      case FAIL -> FailChecker.check(state);
      case PARALLEL -> ParallelChecker.check(state);
      case MAP -> MapChecker.check(state);
      case PASS, SUCCEED -> {
        // Nothing beyond the common checks: Result may be any JSON value.
      }
    }
    if (type.handlesErrors()) {
      ErrorHandlingChecker.check(state);
    }
  }
}
