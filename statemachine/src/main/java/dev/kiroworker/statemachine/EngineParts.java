package dev.kiroworker.statemachine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.choice.ChoiceBranch;
import dev.kiroworker.statemachine.internal.ChoiceCondition;
import dev.kiroworker.statemachine.internal.IntrinsicEvaluator;
import dev.kiroworker.statemachine.intrinsics.IntrinsicFunctions;
import dev.kiroworker.statemachine.json.Json;
import dev.kiroworker.statemachine.validation.Problem;
import java.util.List;
import java.util.random.RandomGenerator;

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

  static IntrinsicEvaluator intrinsics(RandomGenerator random) {
    return new IntrinsicFunctions(random)::evaluate;
  }
}
