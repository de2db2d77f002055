package dev.kiroworker.statemachine.validation;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks the structure of a Choice state: a non-empty Choices array of rules, each with a Next, and
 * an optional Default. The inside of each rule goes to the {@link ChoiceRuleCheck}.
 */
final class ChoiceChecker {

  private ChoiceChecker() {}

  static void check(ObjectFields choice) {
    JsonNode choices = choice.get("Choices");
    if (choices == null) {
      choice.reportHere(
          "a Choice state needs Choices: an array of rules, each with a condition and Next");
    } else if (!choices.isArray() || choices.isEmpty()) {
      choice.report(
          "Choices", "must be a non-empty array of rules, got " + ObjectFields.show(choices));
    } else {
      for (int i = 0; i < choices.size(); i++) {
        rule(choice, choices.get(i), choice.at("Choices").index(i));
      }
    }
    choice.string("Default");
  }

  private static void rule(ObjectFields choice, JsonNode node, Location at) {
    ValidationContext context = choice.context();
    if (!node.isObject()) {
      context.report(
          at,
          "a Choice rule must be a JSON object with a condition and Next, got "
              + ObjectFields.show(node));
      return;
    }
    ObjectFields rule = new ObjectFields(node, at, context);
    rule.requiredString("Next", "a Choice rule needs Next: the state to go to when it matches");
    if (rule.has("Output")) {
      rule.report(
          "Output",
          "Output is for JSONata states; under JSONPath a Choice rule cannot change the output"
              + " (use OutputPath on the Choice state)");
    }
    if (rule.has("Condition")) {
      rule.report(
          "Condition",
          "Condition is for JSONata states; under JSONPath compare a Variable with an operator"
              + " such as StringEquals");
    }
    PayloadTemplateChecker.check(rule, "Assign");
    for (String message : context.choiceRuleCheck().check(node)) {
      context.report(at, message);
    }
  }
}
