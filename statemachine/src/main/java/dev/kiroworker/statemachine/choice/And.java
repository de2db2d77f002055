package dev.kiroworker.statemachine.choice;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Holds when every rule holds. Rules are tried in order and evaluation stops at the first false
 * one, so an {@code IsPresent} test can guard the comparisons after it.
 */
public record And(List<ChoiceRule> rules) implements ChoiceRule {

  public And {
    rules = List.copyOf(rules);
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("And needs at least one rule");
    }
  }

  @Override
  public boolean matches(JsonNode input, JsonNode context) {
    return rules.stream().allMatch(rule -> rule.matches(input, context));
  }
}
