package dev.kiroworker.statemachine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.statemachine.StatesErrors;
import dev.kiroworker.statemachine.StatesException;
import dev.kiroworker.statemachine.internal.Model.MapState;
import dev.kiroworker.statemachine.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs an inline Map state: one iteration of the ItemProcessor per item of ItemsPath, at most
 * MaxConcurrency at once (0: no limit), outputs in item order.
 *
 * <p>Without a tolerated failure threshold the first failed iteration fails the state with its own
 * error and cause, and stops the others. With ToleratedFailureCount or ToleratedFailurePercentage
 * the failed items' slots hold their {@code {"Error","Cause"}} and the state fails with {@code
 * States.ExceedToleratedFailureThreshold} only when failures pass the threshold. (AWS documents the
 * thresholds for distributed Map; the local engine applies them to inline Map as well.)
 */
final class MapRunner {

  private final Interpreter interpreter;

  MapRunner(Interpreter interpreter) {
    this.interpreter = interpreter;
  }

  JsonNode run(MapState state, JsonNode input, ObjectNode context, PathContext path) {
    DataFlow flow = path.run().dataFlow();
    JsonNode items = flow.select("ItemsPath", state.itemsPath(), input, context);
    if (!items.isArray()) {
      throw StatesException.runtime(
          "The ItemsPath '"
              + state.itemsPath()
              + "' of Map state '"
              + state.name()
              + "' must select an array, got "
              + items.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    MapTolerance tolerance = MapTolerance.of(state, input, context);
    ObjectNode started = Json.object();
    started.put("length", items.size());
    path.record("MapStateStarted", "mapStateStartedEventDetails", started);
    AtomicBoolean stop = new AtomicBoolean();
    List<PathContext> children = new ArrayList<>();
    List<Concurrent.Job> jobs = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      int index = i;
      JsonNode itemInput =
          state.itemSelector() == null
              ? items.get(i)
              : flow.template(
                  state.itemSelector(), input, PathContext.withMapItem(context, i, items.get(i)));
      PathContext child = path.fork(stop);
      children.add(child);
      jobs.add(() -> iteration(state, index, itemInput, child));
    }
    Concurrent.Outcome outcome =
        Concurrent.runAll(jobs, tolerance.maxConcurrency(), stop, !tolerance.configured());
    path.timeline().join(children.stream().map(PathContext::timeline).toList());
    children.forEach(path::continueAfter);
    return collect(state, outcome, tolerance, items.size(), path);
  }

  private JsonNode iteration(MapState state, int index, JsonNode input, PathContext path) {
    ObjectNode details = Json.object();
    details.put("name", state.name());
    details.put("index", index);
    path.record("MapIterationStarted", "mapIterationStartedEventDetails", details);
    try {
      JsonNode output = interpreter.run(state.processor(), input, path);
      path.record("MapIterationSucceeded", "mapIterationSucceededEventDetails", details.deepCopy());
      return output;
    } catch (StatesException e) {
      path.record("MapIterationFailed", "mapIterationFailedEventDetails", details.deepCopy());
      throw e;
    }
  }

  private static JsonNode collect(
      MapState state,
      Concurrent.Outcome outcome,
      MapTolerance tolerance,
      int size,
      PathContext path) {
    StatesException first = outcome.firstFailure();
    if (first != null && !tolerance.configured()) {
      path.record("MapStateFailed", null, null);
      throw first;
    }
    long failed = outcome.failures().stream().filter(f -> f != null).count();
    if (tolerance.exceeded(failed, size)) {
      path.record("MapStateFailed", null, null);
      throw new StatesException(
          StatesErrors.EXCEED_TOLERATED_FAILURE_THRESHOLD,
          "The Map state '"
              + state.name()
              + "' had "
              + failed
              + " failed iterations of "
              + size
              + ", more than its tolerated failure threshold");
    }
    ArrayNode output = Json.MAPPER.createArrayNode();
    for (int i = 0; i < size; i++) {
      StatesException failure = outcome.failures().get(i);
      output.add(
          failure == null
              ? outcome.results().get(i)
              : Events.errorOutput(failure.error(), failure.cause()));
    }
    path.record("MapStateSucceeded", null, null);
    return output;
  }
}
