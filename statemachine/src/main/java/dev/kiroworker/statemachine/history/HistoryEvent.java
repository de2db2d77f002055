package dev.kiroworker.statemachine.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.statemachine.json.Json;
import java.time.Instant;

/**
 * One history event.
 *
 * @param id 1-based, in the order events happened
 * @param previousEventId the event before it on the same execution path (0 for the first)
 * @param timestamp when it happened, by the execution's clock
 * @param type AWS's event type name, e.g. {@code TaskStateEntered}
 * @param detailsKey the details field, e.g. {@code stateEnteredEventDetails}; null if none
 * @param details the details object; null if none
 */
public record HistoryEvent(
    long id,
    long previousEventId,
    Instant timestamp,
    String type,
    String detailsKey,
    ObjectNode details) {

  /** The event as {@code GetExecutionHistory} returns it (timestamps as ISO-8601 text). */
  public JsonNode toJson() {
    ObjectNode event = Json.object();
    event.put("timestamp", timestamp.toString());
    event.put("type", type);
    event.put("id", id);
    event.put("previousEventId", previousEventId);
    if (detailsKey != null) {
      event.set(detailsKey, details);
    }
    return event;
  }

  /** A details field as text, or null; convenient for tests and tools. */
  public String detail(String field) {
    JsonNode value = details == null ? null : details.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
