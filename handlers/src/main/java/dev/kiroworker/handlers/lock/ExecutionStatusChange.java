package dev.kiroworker.handlers.lock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.errors.PermanentException;
import java.util.Objects;

/**
 * The parts of an EventBridge "Step Functions Execution Status Change" event that the lock cleanup
 * reads.
 *
 * @param executionArn {@code detail.executionArn}, the execution whose status changed
 * @param status {@code detail.status}: RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED or
 *     PENDING_REDRIVE
 * @param input {@code detail.input}, the execution's input as a JSON string, or {@code null} when
 *     the event leaves it out (EventBridge omits inputs that are too large)
 */
public record ExecutionStatusChange(ExecutionArn executionArn, String status, String input) {

  /** The event's {@code source}. */
  public static final String SOURCE = "aws.states";

  /** The event's {@code detail-type}. */
  public static final String DETAIL_TYPE = "Step Functions Execution Status Change";

  public ExecutionStatusChange {
    Objects.requireNonNull(executionArn, "executionArn");
    if (status == null || status.isBlank()) {
      throw new PermanentException(
          "the Step Functions status change event for " + executionArn + " has no detail.status");
    }
  }

  /** Reads the event EventBridge delivers; rejects any other event with a clear message. */
  public static ExecutionStatusChange parse(JsonNode event) {
    String source = event.path("source").asText("");
    String detailType = event.path("detail-type").asText("");
    if (!SOURCE.equals(source) || !DETAIL_TYPE.equals(detailType)) {
      throw new PermanentException(
          "expected a '"
              + DETAIL_TYPE
              + "' event from "
              + SOURCE
              + ", got detail-type "
              + InputText.quote(detailType)
              + " from "
              + InputText.quote(source)
              + "; match only that source and detail-type in the EventBridge rule");
    }
    JsonNode detail = event.path("detail");
    JsonNode input = detail.path("input");
    return new ExecutionStatusChange(
        ExecutionArn.of(detail.path("executionArn").textValue()),
        detail.path("status").asText(""),
        input.isTextual() ? input.textValue() : null);
  }
}
