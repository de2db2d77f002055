package dev.kiroworker.statemachine.internal;

import com.fasterxml.jackson.databind.JsonNode;

/** A parsed Choice rule, as the interpreter sees it. */
@FunctionalInterface
public interface ChoiceCondition {

  boolean matches(JsonNode input, JsonNode context);
}
