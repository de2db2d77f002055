package dev.kiroworker.statemachine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.StatesException;
import dev.kiroworker.statemachine.json.JsonPaths;
import dev.kiroworker.statemachine.json.MissingPathException;

/**
 * Reads the value of a {@code ...Path} field (SecondsPath, TimeoutSecondsPath, MaxConcurrencyPath,
 * ...); a path that selects nothing is a {@code States.Runtime} error naming the field.
 */
final class FieldPaths {

  private FieldPaths() {}

  static JsonNode read(String field, String path, JsonNode input, JsonNode context) {
    try {
      return JsonPaths.read(path, input, context);
    } catch (MissingPathException e) {
      throw StatesException.runtime(
          "The " + field + " '" + path + "' could not be found in the input");
    }
  }
}
