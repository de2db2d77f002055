package dev.kiroworker.statemachine.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code StateMachines} section into test cases whose states point at their mocked
 * responses, noting every problem, including names that {@code MockedResponses} does not define.
 */
final class StateMachinesReader {

  private final Problems problems;
  private final Optional<Map<String, ResponseSchedule>> responses;

  /**
   * @param responses the mocked responses by name; empty when that section was unreadable, in which
   *     case references are not checked (the section's own problem says enough)
   */
  StateMachinesReader(Problems problems, Optional<Map<String, ResponseSchedule>> responses) {
    this.problems = problems;
    this.responses = responses;
  }

  /** Test cases by state machine, then by test case name, then by state name. */
  Map<String, Map<String, Map<String, ResponseSchedule>>> read(ObjectNode section, Place place) {
    Map<String, Map<String, Map<String, ResponseSchedule>>> machines = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : section.properties()) {
      machines.put(field.getKey(), readMachine(field.getValue(), place.child(field.getKey())));
    }
    return machines;
  }

  /** AWS: a state machine's value is an object with a single field, TestCases. */
  private Map<String, Map<String, ResponseSchedule>> readMachine(JsonNode node, Place place) {
    Map<String, Map<String, ResponseSchedule>> testCases = new LinkedHashMap<>();
    Optional<ObjectNode> machine = problems.object(node, place, "an object with TestCases");
    if (machine.isEmpty()) {
      return testCases;
    }
    problems.onlyFields(machine.get(), place, Set.of("TestCases"), "a state machine has TestCases");
    JsonNode cases = machine.get().get("TestCases");
    if (cases == null) {
      problems.add(place, "has no TestCases");
      return testCases;
    }
    Place casesPlace = place.child("TestCases");
    Optional<ObjectNode> object = problems.object(cases, casesPlace, "an object of test cases");
    for (Map.Entry<String, JsonNode> field : object.map(ObjectNode::properties).orElse(Set.of())) {
      String name = field.getKey();
      testCases.put(name, readTestCase(field.getValue(), casesPlace.child(name)));
    }
    return testCases;
  }

  private Map<String, ResponseSchedule> readTestCase(JsonNode node, Place place) {
    Map<String, ResponseSchedule> states = new LinkedHashMap<>();
    Optional<ObjectNode> testCase =
        problems.object(node, place, "an object mapping state names to mocked responses");
    for (Map.Entry<String, JsonNode> field :
        testCase.map(ObjectNode::properties).orElse(Set.of())) {
      Place statePlace = place.child(field.getKey());
      JsonNode responseName = field.getValue();
      if (!responseName.isTextual()) {
        problems.add(
            statePlace,
            "must name a mocked response (a string), not " + Problems.kind(responseName));
        continue;
      }
      resolve(responseName.textValue(), statePlace)
          .ifPresent(schedule -> states.put(field.getKey(), schedule));
    }
    return states;
  }

  private Optional<ResponseSchedule> resolve(String responseName, Place place) {
    if (responses.isEmpty()) {
      return Optional.empty();
    }
    ResponseSchedule schedule = responses.get().get(responseName);
    if (schedule == null) {
      problems.add(
          place,
          "names mocked response '" + responseName + "', which MockedResponses does not define");
    }
    return Optional.ofNullable(schedule);
  }
}
