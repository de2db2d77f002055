package dev.kiroworker.statemachine.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the {@code MockedResponses} section, noting every problem in it. */
final class MockedResponsesReader {

  private final Problems problems;

  MockedResponsesReader(Problems problems) {
    this.problems = problems;
  }

  /** Every mocked response by name; one with problems is present but must not be used. */
  Map<String, ResponseSchedule> read(ObjectNode section, Place place) {
    Map<String, ResponseSchedule> schedules = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : section.properties()) {
      String name = field.getKey();
      schedules.put(name, readSchedule(name, field.getValue(), place.child(name)));
    }
    return schedules;
  }

  private ResponseSchedule readSchedule(String name, JsonNode node, Place place) {
    List<ResponseSchedule.Entry> entries = new ArrayList<>();
    List<KeyedRange> ranges = new ArrayList<>();
    Optional<ObjectNode> object = problems.object(node, place, "an object of invocation indexes");
    boolean keysReadable = true;
    for (Map.Entry<String, JsonNode> field : object.map(ObjectNode::properties).orElse(Set.of())) {
      String key = field.getKey();
      Optional<InvocationRange> range = InvocationRange.parse(key, place.child(key), problems);
      Optional<MockedResponse> response = readResponse(field.getValue(), place.child(key));
      keysReadable &= range.isPresent();
      range.ifPresent(r -> ranges.add(new KeyedRange(key, r)));
      if (range.isPresent() && response.isPresent()) {
        entries.add(new ResponseSchedule.Entry(range.get(), response.get()));
      }
    }
    if (keysReadable) {
      checkCoverage(ranges, place);
    }
    return new ResponseSchedule(name, entries);
  }

  /** A parsed key, kept with its text so that messages quote the file. */
  private record KeyedRange(String key, InvocationRange range) {}

  /**
   * AWS: a mocked Task needs a response for every invocation, numbered consecutively from 0.
   * Overlaps are rejected too, because they leave it unclear which response an invocation gets.
   */
  private void checkCoverage(List<KeyedRange> ranges, Place place) {
    long next = 0;
    KeyedRange furthest = null;
    List<KeyedRange> inOrder =
        ranges.stream().sorted(Comparator.comparingInt(keyed -> keyed.range().first())).toList();
    for (KeyedRange keyed : inOrder) {
      InvocationRange range = keyed.range();
      if (range.first() > next) {
        problems.add(place, gap(next, range.first() - 1L));
      } else if (range.first() < next) {
        problems.add(
            place.child(keyed.key()),
            "overlaps \"" + furthest.key() + "\"; each invocation gets exactly one response");
      }
      if (range.last() + 1L > next) {
        next = range.last() + 1L;
        furthest = keyed;
      }
    }
  }

  private static String gap(long first, long last) {
    String which =
        first == last
            ? "invocation " + first + " has"
            : "invocations " + first + "-" + last + " have";
    return which + " no response; keys must count up from 0 without gaps";
  }

  private Optional<MockedResponse> readResponse(JsonNode node, Place place) {
    Optional<ObjectNode> object = problems.object(node, place, "an object with Return or Throw");
    if (object.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode entry = object.get();
    problems.onlyFields(entry, place, Set.of("Return", "Throw"), "a response has Return or Throw");
    JsonNode returned = entry.get("Return");
    JsonNode thrown = entry.get("Throw");
    if (returned != null && thrown != null) {
      problems.add(place, "has both Return and Throw; a response is exactly one of them");
      return Optional.empty();
    }
    if (returned != null) {
      return Optional.of(new MockedResponse.Return(returned));
    }
    if (thrown != null) {
      return readThrow(thrown, place.child("Throw"));
    }
    problems.add(place, "has neither Return nor Throw");
    return Optional.empty();
  }

  /** AWS: Throw is an object whose Error and Cause are strings. */
  private Optional<MockedResponse> readThrow(JsonNode node, Place place) {
    Optional<ObjectNode> object = problems.object(node, place, "an object with Error and Cause");
    if (object.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode thrown = object.get();
    problems.onlyFields(thrown, place, Set.of("Error", "Cause"), "Throw has Error and Cause");
    Optional<String> error = problems.text(thrown, "Error", place);
    Optional<String> cause = problems.text(thrown, "Cause", place);
    if (error.isPresent() && error.get().isEmpty()) {
      problems.add(place.child("Error"), "must not be empty; Retry and Catch match on it");
      return Optional.empty();
    }
    if (error.isEmpty() || cause.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new MockedResponse.Throw(error.get(), cause.get()));
  }
}
