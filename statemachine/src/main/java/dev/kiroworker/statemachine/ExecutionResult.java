package dev.kiroworker.statemachine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.statemachine.history.ExecutionHistory;
import dev.kiroworker.statemachine.json.Json;

/**
 * The end of an execution.
 *
 * @param output the execution's output when it succeeded, else null
 * @param error the error name when it failed or timed out, else null
 * @param cause the cause when there is one, else null
 */
public record ExecutionResult(
    String executionArn,
    ExecutionStatus status,
    JsonNode output,
    String error,
    String cause,
    ExecutionHistory history) {

  public boolean succeeded() {
    return status == ExecutionStatus.SUCCEEDED;
  }

  /** {@code {"status","output","error","cause"}}: what {@code kiro-worker sfn run} prints. */
  public ObjectNode summary() {
    ObjectNode summary = Json.object();
    summary.put("status", status.name());
    summary.set("output", output);
    summary.put("error", error);
    summary.put("cause", cause);
    return summary;
  }
}
