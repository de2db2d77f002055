package dev.kiroworker.statemachine.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The problems found while reading a mock configuration, and the shape checks that find them. */
final class Problems {

  private final List<String> found = new ArrayList<>();

  void add(Place place, String message) {
    found.add(place + ": " + message);
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  List<String> list() {
    return List.copyOf(found);
  }

  /** The node as an object, or empty after noting what it should have been. */
  Optional<ObjectNode> object(JsonNode node, Place place, String shouldBe) {
    if (node instanceof ObjectNode object) {
      return Optional.of(object);
    }
    add(place, "must be " + shouldBe + ", not " + kind(node));
    return Optional.empty();
  }

  /** Notes every field of {@code node} outside {@code allowed}; {@code rule} says what is. */
  void onlyFields(ObjectNode node, Place place, Set<String> allowed, String rule) {
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (!allowed.contains(field.getKey())) {
        add(place.child(field.getKey()), "unknown field; " + rule);
      }
    }
  }

  /** A string field's value, or empty after noting that it is missing or not a string. */
  Optional<String> text(ObjectNode node, String field, Place place) {
    JsonNode value = node.get(field);
    if (value == null) {
      add(place, "has no " + field);
      return Optional.empty();
    }
    if (!value.isTextual()) {
      add(place.child(field), "must be a string, not " + kind(value));
      return Optional.empty();
    }
    return Optional.of(value.textValue());
  }

  static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      case MISSING -> "empty";
      case BINARY, POJO -> "a non-JSON value";
    };
  }
}
