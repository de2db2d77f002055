package dev.kiroworker.statemachine.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;

/**
 * Checks one state machine object, the top level, a Parallel branch or a Map processor: its own
 * fields, then each of its states; and registers it as a {@link Scope} for the graph pass.
 */
final class MachineChecker {

  /** AWS: a state name is at most 80 characters (the API's limit on state names in history). */
  static final int MAX_STATE_NAME_LENGTH = 80;

  /** Where a state machine object sits, which decides the fields it may have. */
  enum Kind {
    TOP_LEVEL(
        "at the top level of a state machine",
        "the top-level States",
        "the top-level States",
        Set.of("Comment", "QueryLanguage", "StartAt", "States", "TimeoutSeconds", "Version")),
    BRANCH(
        "in a Parallel branch",
        "this Parallel branch",
        "a Parallel branch",
        Set.of("Comment", "QueryLanguage", "StartAt", "States")),
    PROCESSOR(
        "in a Map ItemProcessor",
        "this Map ItemProcessor",
        "a Map ItemProcessor",
        Set.of("Comment", "ProcessorConfig", "QueryLanguage", "StartAt", "States"));

    private final String where;
    private final String ownName;
    private final String otherName;
    private final Set<String> fields;

    Kind(String where, String ownName, String otherName, Set<String> fields) {
      this.where = where;
      this.ownName = ownName;
      this.otherName = otherName;
      this.fields = fields;
    }
  }

  private MachineChecker() {}

  static void check(JsonNode machine, Location location, Kind kind, ValidationContext context) {
    if (!machine.isObject()) {
      context.report(
          location,
          (kind == Kind.TOP_LEVEL ? "the definition" : "a state machine " + kind.where)
              + " must be a JSON object with StartAt and States, got "
              + ObjectFields.show(machine));
      return;
    }
    ObjectFields fields = new ObjectFields(machine, location, context);
    unknownFields(fields, kind);
    boolean jsonata = QueryLanguageCheck.declaresJsonata(fields);
    fields.string("Comment");
    if (kind == Kind.TOP_LEVEL) {
      fields
          .string("Version")
          .filter(version -> !version.equals("1.0"))
          .ifPresent(
              version -> fields.report("Version", "must be \"1.0\", got \"" + version + "\""));
      fields.wholeNumber("TimeoutSeconds", 1, ErrorHandlingChecker.MAX_SECONDS);
    }
    Scope scope = new Scope(kind.ownName, kind.otherName, fields.at("States"));
    context.addScope(scope);
    fields
        .requiredString("StartAt", "a state machine needs StartAt: the name of its first state")
        .ifPresent(name -> scope.startAt(name, fields.at("StartAt")));
    states(fields, scope, jsonata);
  }

  private static void unknownFields(ObjectFields machine, Kind kind) {
    for (String name : machine.names()) {
      if (!kind.fields.contains(name)) {
        machine.report(
            name,
            "field '"
                + name
                + "' is not allowed "
                + kind.where
                + "; allowed: "
                + String.join(", ", kind.fields.stream().sorted().toList()));
      }
    }
  }

  private static void states(ObjectFields machine, Scope scope, boolean jsonata) {
    JsonNode states = machine.get("States");
    if (states == null) {
      machine.reportHere("a state machine needs States: an object of named states");
      return;
    }
    if (!states.isObject() || states.isEmpty()) {
      machine.report(
          "States",
          "must be a JSON object holding at least one named state, got "
              + ObjectFields.show(states));
      return;
    }
    for (Map.Entry<String, JsonNode> state : states.properties()) {
      Location at = scope.statesLocation().field(state.getKey());
      stateName(state.getKey(), at, machine.context());
      if (!jsonata) {
        StateChecker.check(state.getValue(), at, machine.context());
      }
      scope.add(state.getKey(), at, state.getValue());
    }
  }

  private static void stateName(String name, Location at, ValidationContext context) {
    int length = name.codePointCount(0, name.length());
    if (length == 0) {
      context.report(at, "a state name must not be empty");
    } else if (length > MAX_STATE_NAME_LENGTH) {
      context.report(
          at,
          "a state name can be at most "
              + MAX_STATE_NAME_LENGTH
              + " characters long; this one has "
              + length);
    }
    context.registerStateName(name, at);
  }
}
