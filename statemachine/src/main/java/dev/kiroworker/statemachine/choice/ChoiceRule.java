package dev.kiroworker.statemachine.choice;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A JSONPath choice rule without its {@code Next}: a comparison, or {@code And}, {@code Or} or
 * {@code Not} over further rules. A top-level rule with its {@code Next} is a {@link ChoiceBranch}.
 */
public sealed interface ChoiceRule permits Comparison, And, Or, Not {

  /**
   * Whether the rule holds for this state input and context object.
   *
   * @throws dev.kiroworker.statemachine.StatesException {@code States.Runtime} when a path the rule
   *     needs selects nothing
   */
  boolean matches(JsonNode input, JsonNode context);

  /**
   * Parses a nested rule: one inside {@code And}, {@code Or} or {@code Not}, which must not have
   * {@code Next}. Use {@link ChoiceBranch#parse} for an element of {@code Choices}.
   *
   * @throws InvalidChoiceRuleException naming the field that is wrong and why
   */
  static ChoiceRule parse(JsonNode rule) {
    return ChoiceRuleParser.nested(rule);
  }
}
