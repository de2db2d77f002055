package dev.kiroworker.statemachine.choice;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/** Holds when its rule does not; a runtime error in the rule is not turned into a match. */
public record Not(ChoiceRule rule) implements ChoiceRule {

  public Not {
    Objects.requireNonNull(rule, "rule");
  }

  @Override
  public boolean matches(JsonNode input, JsonNode context) {
    return !rule.matches(input, context);
  }
}
