package dev.kiroworker.statemachine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.choice.ChoiceBranch;
import dev.kiroworker.statemachine.internal.ChoiceCondition;
import dev.kiroworker.statemachine.json.Json;
import dev.kiroworker.statemachine.validation.Problem;
import java.util.List;

/** Wires the validator, Choice rules and intrinsic functions into the engine. */
final class EngineParts {

  private EngineParts() {}

  static List<Problem> validate(String definitionJson) {
    try {
      JsonNode definition = Json.parse(definitionJson);
      if (!definition.isObject()) {
        return List.of(new Problem("/", "a definition is a JSON object"));
      }
      return List.of();
    } catch (IllegalArgumentException e) {
      return List.of(new Problem("/", e.getMessage()));
    }
  }

  static ChoiceCondition choiceCondition(JsonNode rule) {
    return ChoiceBranch.parse(rule).rule()::matches;
  }

  static JsonNode intrinsic(String expression, JsonNode input, JsonNode context) {
    throw StatesException.runtime("intrinsic functions are wired in with the intrinsics package");
  }
}
