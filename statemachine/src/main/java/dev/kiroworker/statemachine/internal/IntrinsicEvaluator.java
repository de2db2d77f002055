package dev.kiroworker.statemachine.internal;

import com.fasterxml.jackson.databind.JsonNode;

/** Evaluates an intrinsic function call such as {@code States.Format('{}', $.a)}. */
@FunctionalInterface
public interface IntrinsicEvaluator {

  JsonNode evaluate(String expression, JsonNode input, JsonNode context);
}
