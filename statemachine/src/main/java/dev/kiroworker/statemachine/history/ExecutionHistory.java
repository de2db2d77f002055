package dev.kiroworker.statemachine.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.statemachine.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The events of one execution, appended by every execution path (Parallel branches and Map
 * iterations write concurrently, so appends are synchronized).
 */
public final class ExecutionHistory {

  private final List<HistoryEvent> events = new ArrayList<>();
  private final Consumer<HistoryEvent> listener;

  /** A history nobody watches. */
  public ExecutionHistory() {
    this(event -> {});
  }

  /**
   * A history that also hands each event to {@code listener} as it happens, in order (the call is
   * made under the history's lock, so keep it short: print a line, enqueue, ...).
   */
  public ExecutionHistory(Consumer<HistoryEvent> listener) {
    this.listener = listener;
  }

  /** Appends an event and returns its id. */
  public synchronized long add(
      long previousEventId, Instant timestamp, String type, String detailsKey, ObjectNode details) {
    long id = events.size() + 1L;
    HistoryEvent event =
        new HistoryEvent(id, previousEventId, timestamp, type, detailsKey, details);
    events.add(event);
    listener.accept(event);
    return id;
  }

  public synchronized List<HistoryEvent> events() {
    return List.copyOf(events);
  }

  /** The event types in order; handy for asserting a path through the workflow. */
  public synchronized List<String> types() {
    return events.stream().map(HistoryEvent::type).toList();
  }

  /** {@code {"events":[...]}}, the shape of {@code GetExecutionHistory}'s response. */
  public synchronized JsonNode toJson() {
    ObjectNode root = Json.object();
    ArrayNode array = root.putArray("events");
    events.forEach(event -> array.add(event.toJson()));
    return root;
  }
}
