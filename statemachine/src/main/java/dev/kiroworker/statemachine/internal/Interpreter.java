package dev.kiroworker.statemachine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.statemachine.StatesErrors;
import dev.kiroworker.statemachine.StatesException;
import dev.kiroworker.statemachine.choice.ChoiceFailures;
import dev.kiroworker.statemachine.internal.Model.Catcher;
import dev.kiroworker.statemachine.internal.Model.ChoiceBranch;
import dev.kiroworker.statemachine.internal.Model.ChoiceState;
import dev.kiroworker.statemachine.internal.Model.ErrorHandling;
import dev.kiroworker.statemachine.internal.Model.FailState;
import dev.kiroworker.statemachine.internal.Model.Io;
import dev.kiroworker.statemachine.internal.Model.Machine;
import dev.kiroworker.statemachine.internal.Model.MapState;
import dev.kiroworker.statemachine.internal.Model.ParallelState;
import dev.kiroworker.statemachine.internal.Model.PassState;
import dev.kiroworker.statemachine.internal.Model.State;
import dev.kiroworker.statemachine.internal.Model.SucceedState;
import dev.kiroworker.statemachine.internal.Model.TaskState;
import dev.kiroworker.statemachine.internal.Model.WaitState;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Runs a (nested) state machine on one execution path: enters each state, applies its data flow,
 * and follows Next, Choice rules and Catch until a state ends the path. Stateless, so one
 * interpreter serves any number of concurrent executions.
 */
final class Interpreter {

  /** A state's outcome: its output and the next state, or null when the path ends. */
  record Step(JsonNode output, String next) {}

  /** The part of a Task, Parallel or Map state that Retry repeats. */
  @FunctionalInterface
  interface Attempt {
    JsonNode run(JsonNode effectiveInput, ObjectNode context);
  }

  private final TaskRunner tasks = new TaskRunner();
  private final ParallelRunner parallel = new ParallelRunner(this);
  private final MapRunner map = new MapRunner(this);

  JsonNode run(Machine machine, JsonNode input, PathContext path) {
    String name = machine.startAt();
    JsonNode data = input;
    while (true) {
      if (path.isStopped()) {
        throw new PathStopped();
      }
      checkDeadline(path);
      Step step = enter(machine.state(name), data, path);
      if (step.next() == null) {
        return step.output();
      }
      name = step.next();
      data = step.output();
    }
  }

  private Step enter(State state, JsonNode input, PathContext path) {
    Instant entered = path.timeline().now();
    long enteredId =
        path.record(
            state.type() + "StateEntered",
            "stateEnteredEventDetails",
            Events.entered(state.name(), input));
    Step step;
    try {
      step = process(state, input, path, entered);
    } catch (StatesException e) {
      throw locate(e, state, enteredId);
    }
    path.record(
        state.type() + "StateExited",
        "stateExitedEventDetails",
        Events.exited(state.name(), step.output()));
    return step;
  }

  /**
   * AWS prefixes a runtime error's cause with the state it happened in; the innermost state wins
   * when the error passes through a Parallel or Map.
   */
  private static StatesException locate(StatesException e, State state, long enteredId) {
    String prefix = "An error occurred while executing the state ";
    if (!StatesErrors.RUNTIME.equals(e.error())
        || (e.cause() != null && e.cause().startsWith(prefix))) {
      return e;
    }
    return StatesException.runtime(
        prefix
            + "'"
            + state.name()
            + "' (entered at the event id #"
            + enteredId
            + "). "
            + e.cause());
  }

  /**
   * Task, Parallel and Map build their context object per attempt in {@link #withRecovery}; the
   * other states need it once, so it is built only for them.
   */
  private Step process(State state, JsonNode input, PathContext path, Instant entered) {
    return switch (state) {
      case PassState pass -> pass(pass, input, contextAt(state, entered, path), path);
      case TaskState task ->
          withRecovery(
              task,
              task.errors(),
              task.io(),
              task.transition().next(),
              input,
              path,
              entered,
              (effective, ctx) -> task(task, effective, ctx, path));
      case ChoiceState choice -> choice(choice, input, contextAt(state, entered, path), path);
      case WaitState wait -> waitState(wait, input, contextAt(state, entered, path), path);
      case SucceedState succeed ->
          new Step(selectIo(succeed.io(), input, contextAt(state, entered, path), path), null);
      case FailState fail -> throw fail(fail, input, contextAt(state, entered, path), path);
      case ParallelState par ->
          withRecovery(
              par,
              par.errors(),
              par.io(),
              par.transition().next(),
              input,
              path,
              entered,
              (effective, ctx) -> parallel.run(par, effective, path));
      case MapState mapState ->
          withRecovery(
              mapState,
              mapState.errors(),
              mapState.io(),
              mapState.transition().next(),
              input,
              path,
              entered,
              (effective, ctx) -> map.run(mapState, effective, ctx, path));
    };
  }

  private static ObjectNode contextAt(State state, Instant entered, PathContext path) {
    return path.contextObject(state.name(), entered, 0);
  }

  private Step pass(PassState pass, JsonNode input, ObjectNode context, PathContext path) {
    DataFlow flow = path.run().dataFlow();
    JsonNode effective =
        flow.template(
            pass.io().parameters(),
            flow.select("InputPath", pass.io().inputPath(), input, context),
            context);
    JsonNode result = pass.result() != null ? pass.result() : effective;
    JsonNode merged = flow.merge(pass.io().resultPath(), input, result);
    return new Step(
        flow.select("OutputPath", pass.io().outputPath(), merged, context),
        pass.transition().next());
  }

  private Step choice(ChoiceState choice, JsonNode input, ObjectNode context, PathContext path) {
    DataFlow flow = path.run().dataFlow();
    JsonNode effective = flow.select("InputPath", choice.io().inputPath(), input, context);
    String next = null;
    for (ChoiceBranch branch : choice.choices()) {
      if (branch.condition().matches(effective, context)) {
        next = branch.next();
        break;
      }
    }
    if (next == null) {
      next = choice.defaultNext();
    }
    if (next == null) {
      throw ChoiceFailures.noChoiceMatched();
    }
    return new Step(flow.select("OutputPath", choice.io().outputPath(), effective, context), next);
  }

  private Step waitState(WaitState wait, JsonNode input, ObjectNode context, PathContext path) {
    DataFlow flow = path.run().dataFlow();
    JsonNode effective = flow.select("InputPath", wait.io().inputPath(), input, context);
    WaitDurations.waitFor(wait, effective, context, path.timeline());
    return new Step(
        flow.select("OutputPath", wait.io().outputPath(), effective, context),
        wait.transition().next());
  }

  private static JsonNode selectIo(Io io, JsonNode input, ObjectNode context, PathContext path) {
    DataFlow flow = path.run().dataFlow();
    return flow.select(
        "OutputPath",
        io.outputPath(),
        flow.select("InputPath", io.inputPath(), input, context),
        context);
  }

  private static StatesException fail(
      FailState fail, JsonNode input, ObjectNode context, PathContext path) {
    String error =
        fail.errorPath() != null
            ? FailText.read("ErrorPath", fail.errorPath(), input, context, path.run().dataFlow())
            : fail.error();
    String cause =
        fail.causePath() != null
            ? FailText.read("CausePath", fail.causePath(), input, context, path.run().dataFlow())
            : fail.cause();
    return new FailStateReached(error, cause);
  }

  private JsonNode task(TaskState task, JsonNode effective, ObjectNode context, PathContext path) {
    Duration timeout = TaskTimeouts.timeout(task, effective, context);
    Duration heartbeat = TaskTimeouts.heartbeat(task, effective, context);
    return tasks.attempt(task, effective, context, timeout, heartbeat, path);
  }

  /**
   * Runs {@code attempt} under the state's Retry and Catch. InputPath and Parameters are applied
   * once; ResultSelector, ResultPath and OutputPath after each successful attempt. Runtime errors
   * pass straight through: AWS never retries or catches them.
   */
  private Step withRecovery(
      State state,
      ErrorHandling handling,
      Io io,
      String next,
      JsonNode input,
      PathContext path,
      Instant entered,
      Attempt attempt) {
    DataFlow flow = path.run().dataFlow();
    ErrorRecovery recovery = new ErrorRecovery(handling, path.run().random());
    int retryCount = 0;
    while (true) {
      ObjectNode context = path.contextObject(state.name(), entered, retryCount);
      try {
        JsonNode effective =
            flow.template(
                io.parameters(), flow.select("InputPath", io.inputPath(), input, context), context);
        JsonNode result = attempt.run(effective, context);
        JsonNode selected = flow.template(io.resultSelector(), result, context);
        JsonNode merged = flow.merge(io.resultPath(), input, selected);
        return new Step(flow.select("OutputPath", io.outputPath(), merged, context), next);
      } catch (StatesException e) {
        if (StatesErrors.RUNTIME.equals(e.error())) {
          throw e;
        }
        Optional<Duration> delay = recovery.retryDelay(e.error());
        if (delay.isPresent()) {
          path.timeline().waitFor(delay.get());
          retryCount++;
          continue;
        }
        Optional<Catcher> catcher = recovery.catcher(e.error());
        if (catcher.isEmpty()) {
          throw e;
        }
        JsonNode caught =
            flow.merge(catcher.get().resultPath(), input, Events.errorOutput(e.error(), e.cause()));
        return new Step(caught, catcher.get().next());
      }
    }
  }

  private static void checkDeadline(PathContext path) {
    Instant deadline = path.run().deadline();
    if (deadline != null && path.timeline().now().isAfter(deadline)) {
      throw new ExecutionTimedOut();
    }
  }

  /** A path told to stop because a sibling failed; not an error of its own. */
  static final class PathStopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PathStopped() {
      super("stopped because another branch failed", null, false, false);
    }
  }

  /** The execution ran past the definition's TimeoutSeconds. */
  static final class ExecutionTimedOut extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ExecutionTimedOut() {
      super("the execution ran past its TimeoutSeconds", null, false, false);
    }
  }

  /** A Fail state's error: never caught inside its own machine, but a Parallel or Map may. */
  static final class FailStateReached extends StatesException {
    private static final long serialVersionUID = 1L;

    FailStateReached(String error, String cause) {
      super(error, cause, error != null);
    }
  }
}
