package dev.kiroworker.statemachine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.StatesException;
import dev.kiroworker.statemachine.json.JsonPaths;
import dev.kiroworker.statemachine.json.MissingPathException;

/** Reads a Fail state's ErrorPath or CausePath, which must select a string. */
final class FailText {

  private FailText() {}

  static String read(String field, String path, JsonNode input, JsonNode context) {
    JsonNode value;
    try {
      value = path.startsWith("States.") ? null : JsonPaths.read(path, input, context);
    } catch (MissingPathException e) {
      throw StatesException.runtime(
          "The " + field + " '" + path + "' could not be found in the input");
    }
    if (value == null || !value.isTextual()) {
      throw StatesException.runtime("The " + field + " '" + path + "' must select a string");
    }
    return value.asText();
  }
}
