package dev.kiroworker.statemachine.choice;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * One element of a Choice state's {@code Choices}: a rule and the state to go to when it matches.
 *
 * @param rule the rule
 * @param next the name of the state to go to
 * @param assign the rule's own {@code Assign} block, set only when this rule matches
 */
public record ChoiceBranch(ChoiceRule rule, String next, Optional<JsonNode> assign) {

  public ChoiceBranch {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(next, "next");
    Objects.requireNonNull(assign, "assign");
  }

  /**
   * Parses an element of {@code Choices}, which must have {@code Next}.
   *
   * @throws InvalidChoiceRuleException naming the field that is wrong and why
   */
  public static ChoiceBranch parse(JsonNode rule) {
    return ChoiceRuleParser.branch(rule);
  }
}
