package dev.kiroworker.worker.sfn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.statemachine.history.HistoryEvent;
import dev.kiroworker.statemachine.json.Json;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProgressLogTest {

  private static final Instant AT = Instant.parse("2026-01-01T00:00:05Z");

  private static HistoryEvent event(String type, ObjectNode details) {
    return new HistoryEvent(7, 6, AT, type, details == null ? null : "details", details);
  }

  @Test
  void failureWithoutCause_showsTheErrorAlone() {
    ObjectNode details = Json.object().put("error", "States.Timeout");

    assertThat(ProgressLog.line(event("TaskTimedOut", details)))
        .hasValue("  2026-01-01T00:00:05Z  TaskTimedOut: States.Timeout");
  }

  @Test
  void executionEnd_isLeftToTheEndLine() {
    ObjectNode details = Json.object().put("error", "NameRejected").put("cause", "denied");

    assertThat(ProgressLog.line(event("ExecutionFailed", details))).isEmpty();
  }

  @Test
  void eventsWithoutStateOrError_areLeftOut() {
    assertThat(ProgressLog.line(event("TaskScheduled", Json.object()))).isEmpty();
    assertThat(ProgressLog.line(event("MapIterationStarted", null))).isEmpty();
  }
}
