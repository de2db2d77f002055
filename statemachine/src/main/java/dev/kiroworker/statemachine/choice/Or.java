package dev.kiroworker.statemachine.choice;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Holds when any rule holds; rules are tried in order and evaluation stops at the first true. */
public record Or(List<ChoiceRule> rules) implements ChoiceRule {

  public Or {
    rules = List.copyOf(rules);
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("Or needs at least one rule");
    }
  }

  @Override
  public boolean matches(JsonNode input, JsonNode context) {
    return rules.stream().anyMatch(rule -> rule.matches(input, context));
  }
}
