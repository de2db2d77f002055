package dev.kiroworker.statemachine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.choice.ChoiceBranch;
import dev.kiroworker.statemachine.choice.InvalidChoiceRuleException;
import dev.kiroworker.statemachine.internal.ChoiceCondition;
import dev.kiroworker.statemachine.internal.IntrinsicEvaluator;
import dev.kiroworker.statemachine.intrinsics.IntrinsicFunctions;
import dev.kiroworker.statemachine.json.Json;
import dev.kiroworker.statemachine.validation.DefinitionValidator;
import dev.kiroworker.statemachine.validation.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Wires the validator, Choice rules and intrinsic functions into the engine. */
final class EngineParts {

  private static final DefinitionValidator VALIDATOR =
      new DefinitionValidator(EngineParts::checkChoiceRule, EngineParts::checkIntrinsic);

  private EngineParts() {}

  static List<Problem> validate(String definitionJson) {
    List<Problem> problems = new ArrayList<>(VALIDATOR.validateText(definitionJson));
    if (problems.isEmpty()) {
      unsupportedAssign(Json.parse(definitionJson), "", problems);
    }
    return List.copyOf(problems);
  }

  static ChoiceCondition choiceCondition(JsonNode rule) {
    return ChoiceBranch.parse(rule).rule()::matches;
  }

  static IntrinsicEvaluator intrinsics(RandomGenerator random) {
    return new IntrinsicFunctions(random)::evaluate;
  }

  private static List<String> checkChoiceRule(JsonNode rule) {
    try {
      ChoiceBranch.parse(rule);
      return List.of();
    } catch (InvalidChoiceRuleException e) {
      return List.of(e.location().isEmpty() ? e.reason() : e.location() + ": " + e.reason());
    }
  }

  private static String checkIntrinsic(String call) {
    try {
      IntrinsicFunctions.check(call);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  /**
   * The validator accepts Assign, as AWS does, but this engine does not run workflow variables yet;
   * refusing the definition is better than running it with the variables silently missing.
   */
  private static void unsupportedAssign(JsonNode machine, String location, List<Problem> out) {
    machine
        .path("States")
        .properties()
        .forEach(
            entry -> {
              String state = location + "/States/" + entry.getKey();
              JsonNode node = entry.getValue();
              if (node.has("Assign") || hasAssignInChoices(node)) {
                out.add(
                    new Problem(
                        state,
                        "Assign (workflow variables) is not supported by the local engine yet;"
                            + " pass data through ResultPath instead"));
              }
              JsonNode branches = node.path("Branches");
              for (int i = 0; i < branches.size(); i++) {
                unsupportedAssign(branches.get(i), state + "/Branches[" + i + "]", out);
              }
              for (String processor : List.of("ItemProcessor", "Iterator")) {
                if (node.has(processor)) {
                  unsupportedAssign(node.get(processor), state + "/" + processor, out);
                }
              }
            });
  }

  private static boolean hasAssignInChoices(JsonNode state) {
    for (JsonNode rule : state.path("Choices")) {
      if (rule.has("Assign")) {
        return true;
      }
    }
    return false;
  }
}
