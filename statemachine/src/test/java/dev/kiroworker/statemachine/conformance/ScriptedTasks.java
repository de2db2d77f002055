package dev.kiroworker.statemachine.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.StatesException;
import dev.kiroworker.statemachine.TaskHandlers;
import dev.kiroworker.statemachine.TaskRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Task handlers that answer from a script, one outcome per call (the last one repeats), and
 * remember every input they were sent, per state.
 */
final class ScriptedTasks {

  private final Map<String, List<JsonNode>> inputs = new LinkedHashMap<>();
  private final TaskHandlers handlers;

  ScriptedTasks(JsonNode script) {
    TaskHandlers.Builder builder = TaskHandlers.builder();
    script.properties().forEach(entry -> builder.bind(entry.getKey(), handler(entry.getValue())));
    handlers = builder.build();
  }

  TaskHandlers handlers() {
    return handlers;
  }

  synchronized Map<String, List<JsonNode>> inputs() {
    return Map.copyOf(inputs);
  }

  private dev.kiroworker.statemachine.TaskHandler handler(JsonNode outcomes) {
    int[] calls = {0};
    return request -> {
      JsonNode outcome;
      synchronized (this) {
        inputs.computeIfAbsent(request.stateName(), name -> new ArrayList<>()).add(request.input());
        outcome = outcomes.get(Math.min(calls[0]++, outcomes.size() - 1));
      }
      return play(outcome, request);
    };
  }

  private static JsonNode play(JsonNode outcome, TaskRequest request) {
    if (outcome.has("sleepMillis")) {
      try {
        Thread.sleep(outcome.get("sleepMillis").asLong());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    if (outcome.has("throw")) {
      JsonNode thrown = outcome.get("throw");
      throw new StatesException(thrown.get("error").asText(), thrown.path("cause").asText(null));
    }
    if (outcome.has("throwJava")) {
      throw new IllegalStateException(outcome.get("throwJava").asText());
    }
    if (outcome.has("echoContext")) {
      return request.context();
    }
    return outcome.has("return") ? outcome.get("return") : request.input();
  }
}
