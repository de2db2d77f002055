package dev.kiroworker.statemachine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.kiroworker.statemachine.StatesException;
import dev.kiroworker.statemachine.internal.Model.Machine;
import dev.kiroworker.statemachine.internal.Model.ParallelState;
import dev.kiroworker.statemachine.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a Parallel state's branches concurrently, each on its own path with the same input. The
 * output is the array of branch outputs in branch order. When a branch fails, the others are told
 * to stop and the Parallel state fails with that branch's own error and cause (AWS behaviour).
 */
final class ParallelRunner {

  private final Interpreter interpreter;

  ParallelRunner(Interpreter interpreter) {
    this.interpreter = interpreter;
  }

  JsonNode run(ParallelState state, JsonNode input, PathContext path) {
    path.record("ParallelStateStarted", null, null);
    AtomicBoolean stop = new AtomicBoolean();
    List<Machine> branches = state.branches();
    List<PathContext> children = new ArrayList<>();
    List<Concurrent.Job> jobs = new ArrayList<>();
    for (Machine branch : branches) {
      PathContext child = path.fork(stop);
      children.add(child);
      jobs.add(() -> interpreter.run(branch, input, child));
    }
    Concurrent.Outcome outcome = Concurrent.runAll(jobs, 0, stop, true);
    path.timeline().join(children.stream().map(PathContext::timeline).toList());
    children.forEach(path::continueAfter);
    StatesException failure = outcome.firstFailure();
    if (failure != null) {
      path.record("ParallelStateFailed", null, null);
      throw failure;
    }
    ArrayNode output = Json.MAPPER.createArrayNode();
    outcome.results().forEach(output::add);
    path.record("ParallelStateSucceeded", null, null);
    return output;
  }
}
