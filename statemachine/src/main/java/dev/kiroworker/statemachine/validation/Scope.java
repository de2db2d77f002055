package dev.kiroworker.statemachine.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One state machine's states as a graph, for the checks that need all of them: the top level, a
 * Parallel branch or a Map processor. Transitions never cross from one scope into another.
 */
final class Scope {

  /** One transition: the field that holds it and the state it names. */
  record Transition(Location location, String target) {}

  /** One state: where it is, where it can go next, and whether it can end its scope. */
  record Node(Location location, List<Transition> transitions, boolean terminal) {}

  private final String ownName;
  private final String otherName;
  private final Location statesLocation;
  private final Map<String, Node> nodes = new LinkedHashMap<>();
  private String startAt;
  private Location startAtLocation;

  /**
   * @param ownName how a message about one of its states names it: "this Parallel branch"
   * @param otherName how a message about another scope names it: "a Parallel branch"
   * @param statesLocation where its States object is
   */
  Scope(String ownName, String otherName, Location statesLocation) {
    this.ownName = ownName;
    this.otherName = otherName;
    this.statesLocation = statesLocation;
  }

  String ownName() {
    return ownName;
  }

  String otherName() {
    return otherName;
  }

  Location statesLocation() {
    return statesLocation;
  }

  Map<String, Node> nodes() {
    return nodes;
  }

  Optional<String> startAt() {
    return Optional.ofNullable(startAt);
  }

  Location startAtLocation() {
    return startAtLocation;
  }

  void startAt(String name, Location location) {
    startAt = name;
    startAtLocation = location;
  }

  /** Adds a state, reading its transitions from the fields its type uses for them. */
  void add(String name, Location location, JsonNode state) {
    Optional<StateType> type = StateType.of(state.path("Type").asText(null));
    List<Transition> transitions = new ArrayList<>();
    boolean any = type.isEmpty();
    StateType known = type.orElse(StateType.CHOICE);
    if (any || known.hasNextOrEnd()) {
      target(state, "Next", location, transitions);
    }
    if (any || known == StateType.CHOICE) {
      target(state, "Default", location, transitions);
      eachTarget(state, "Choices", location, transitions);
    }
    if (any || known.handlesErrors()) {
      eachTarget(state, "Catch", location, transitions);
    }
    nodes.put(name, new Node(location, List.copyOf(transitions), any || terminal(known, state)));
  }

  private static boolean terminal(StateType type, JsonNode state) {
    if (type == StateType.SUCCEED || type == StateType.FAIL) {
      return true;
    }
    JsonNode end = state.get("End");
    return type.hasNextOrEnd() && end != null && !(end.isBoolean() && !end.booleanValue());
  }

  private static void target(
      JsonNode holder, String field, Location location, List<Transition> transitions) {
    JsonNode value = holder.get(field);
    if (value != null && value.isTextual() && !value.asText().isEmpty()) {
      transitions.add(new Transition(location.field(field), value.asText()));
    }
  }

  private static void eachTarget(
      JsonNode state, String field, Location location, List<Transition> transitions) {
    JsonNode array = state.get(field);
    if (array == null || !array.isArray()) {
      return;
    }
    for (int i = 0; i < array.size(); i++) {
      target(array.get(i), "Next", location.field(field).index(i), transitions);
    }
  }
}
