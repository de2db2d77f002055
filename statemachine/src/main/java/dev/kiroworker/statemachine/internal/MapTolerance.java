package dev.kiroworker.statemachine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.StatesException;
import dev.kiroworker.statemachine.internal.Model.MapLimits;
import dev.kiroworker.statemachine.internal.Model.MapState;

/**
 * A Map state's concurrency limit and tolerated failures, with their Path forms read from the
 * state's effective input.
 *
 * @param toleratedCount null when not set
 * @param toleratedPercentage null when not set
 */
record MapTolerance(int maxConcurrency, Long toleratedCount, Double toleratedPercentage) {

  static MapTolerance of(MapState state, JsonNode input, JsonNode context) {
    MapLimits limits = state.limits();
    Double concurrency =
        number(
            "MaxConcurrencyPath",
            limits.maxConcurrency() == null ? null : limits.maxConcurrency().doubleValue(),
            limits.maxConcurrencyPath(),
            input,
            context);
    Double count =
        number(
            "ToleratedFailureCountPath",
            limits.toleratedFailureCount() == null
                ? null
                : limits.toleratedFailureCount().doubleValue(),
            limits.toleratedFailureCountPath(),
            input,
            context);
    Double percentage =
        number(
            "ToleratedFailurePercentagePath",
            limits.toleratedFailurePercentage(),
            limits.toleratedFailurePercentagePath(),
            input,
            context);
    return new MapTolerance(
        concurrency == null ? 0 : concurrency.intValue(),
        count == null ? null : count.longValue(),
        percentage);
  }

  boolean configured() {
    return toleratedCount != null || toleratedPercentage != null;
  }

  boolean exceeded(long failed, int size) {
    if (failed == 0) {
      return false;
    }
    boolean overCount = toleratedCount != null && failed > toleratedCount;
    boolean overPercentage =
        toleratedPercentage != null && failed * 100.0 / size > toleratedPercentage;
    // With both set, passing either threshold fails the state.
    return overCount || overPercentage;
  }

  private static Double number(
      String field, Double fixed, String path, JsonNode input, JsonNode context) {
    if (fixed != null || path == null) {
      return fixed;
    }
    JsonNode value = FieldPaths.read(field, path, input, context);
    if (!value.isNumber() || value.asDouble() < 0) {
      throw StatesException.runtime(
          "The " + field + " '" + path + "' must select a non-negative number, got " + value);
    }
    return value.asDouble();
  }
}
