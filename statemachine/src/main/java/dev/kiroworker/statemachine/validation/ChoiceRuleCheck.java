package dev.kiroworker.statemachine.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Checks the inside of one top-level Choice rule (its comparison operator, Variable, And/Or/Not and
 * operand types); the validator itself only checks the structure around it.
 *
 * <p>The validator calls it once for every element of a Choice state's {@code Choices} array that
 * is a JSON object, passing the whole rule, including {@code Next}, {@code Assign} and {@code
 * Comment}, which the validator has already checked. Each message returned becomes a problem
 * located at the rule, e.g. {@code /States/Route/Choices[1]}.
 */
@FunctionalInterface
public interface ChoiceRuleCheck {

  /** Accepts every rule: the default until the Choice rule parser is wired in. */
  ChoiceRuleCheck ACCEPT_ALL = rule -> List.of();

  /**
   * What is wrong with {@code rule}, as plain sentences; empty when nothing is.
   *
   * @param rule one element of {@code Choices}, always a JSON object
   */
  List<String> check(JsonNode rule);
}
