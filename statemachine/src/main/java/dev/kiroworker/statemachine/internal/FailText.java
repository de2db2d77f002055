package dev.kiroworker.statemachine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.StatesException;

/**
 * Reads a Fail state's ErrorPath or CausePath: a reference path, or an intrinsic function that
 * returns a string (AWS allows States.Format, States.JsonToString and a few others there).
 */
final class FailText {

  private FailText() {}

  static String read(String field, String path, JsonNode input, JsonNode context, DataFlow flow) {
    JsonNode value = flow.value(field, path, input, context);
    if (!value.isTextual()) {
      throw StatesException.runtime(
          "The " + field + " '" + path + "' must select a string, got " + value);
    }
    return value.asText();
  }
}
