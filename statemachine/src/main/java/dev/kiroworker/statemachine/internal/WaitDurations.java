package dev.kiroworker.statemachine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.StatesException;
import dev.kiroworker.statemachine.choice.AwsTimestamp;
import dev.kiroworker.statemachine.internal.Model.WaitFor;
import dev.kiroworker.statemachine.internal.Model.WaitState;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Waits as a Wait state says: Seconds, Timestamp, or their Path forms read from the input. */
final class WaitDurations {

  private WaitDurations() {}

  static void waitFor(WaitState state, JsonNode input, JsonNode context, Timeline timeline) {
    WaitFor waitFor = state.waitFor();
    if (waitFor.seconds() != null) {
      timeline.waitFor(Duration.ofSeconds(waitFor.seconds()));
    } else if (waitFor.timestamp() != null) {
      timeline.waitUntil(waitFor.timestamp());
    } else if (waitFor.secondsPath() != null) {
      JsonNode value = FieldPaths.read("SecondsPath", waitFor.secondsPath(), input, context);
      if (!value.canConvertToExactIntegral() || value.asLong() < 0) {
        throw StatesException.runtime(
            "The SecondsPath '"
                + waitFor.secondsPath()
                + "' must select a non-negative integer, got "
                + value);
      }
      timeline.waitFor(Duration.ofSeconds(value.asLong()));
    } else {
      JsonNode value = FieldPaths.read("TimestampPath", waitFor.timestampPath(), input, context);
      Optional<Instant> until =
          value.isTextual() ? AwsTimestamp.parse(value.asText()) : Optional.empty();
      if (until.isEmpty()) {
        throw StatesException.runtime(
            "The TimestampPath '"
                + waitFor.timestampPath()
                + "' must select an RFC 3339 timestamp such as 2026-01-01T12:00:00Z, got "
                + value);
      }
      timeline.waitUntil(until.get());
    }
  }
}
