package dev.kiroworker.statemachine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.ExecutionOptions;
import dev.kiroworker.statemachine.ExecutionResult;
import dev.kiroworker.statemachine.ExecutionStatus;
import dev.kiroworker.statemachine.StatesErrors;
import dev.kiroworker.statemachine.StatesException;
import dev.kiroworker.statemachine.history.ExecutionHistory;
import dev.kiroworker.statemachine.internal.Model.Machine;
import java.time.Instant;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * A parsed definition ready to run. Immutable and shared: each {@link #execute} call has its own
 * run state, so any number of executions may run at once.
 */
public final class CompiledMachine {

  private final Machine machine;
  private final Interpreter interpreter = new Interpreter();
  private final Function<RandomGenerator, IntrinsicEvaluator> intrinsics;

  private CompiledMachine(
      Machine machine, Function<RandomGenerator, IntrinsicEvaluator> intrinsics) {
    this.machine = machine;
    this.intrinsics = intrinsics;
  }

  /**
   * Parses a definition that has passed validation. {@code intrinsics} makes an evaluator per
   * execution, from that execution's randomness (States.MathRandom, States.UUID).
   */
  public static CompiledMachine compile(
      JsonNode definition,
      Function<JsonNode, ChoiceCondition> choiceRules,
      Function<RandomGenerator, IntrinsicEvaluator> intrinsics) {
    DefinitionParser parser = new DefinitionParser(choiceRules);
    return new CompiledMachine(parser.machine(definition), intrinsics);
  }

  /** Runs one execution to its end on the calling thread (branches run on virtual threads). */
  public ExecutionResult execute(JsonNode input, ExecutionOptions options) {
    ExecutionHistory history = new ExecutionHistory(options.historyListener());
    ExecutionIdentity identity =
        new ExecutionIdentity(
            options.region(),
            options.account(),
            options.stateMachineName(),
            options.executionName(),
            options.roleArn());
    Timeline timeline = Timeline.start(options.clock());
    Instant start = timeline.now();
    Instant deadline =
        machine.timeoutSeconds() == null ? null : start.plusSeconds(machine.timeoutSeconds());
    Run run =
        new Run(
            identity,
            input,
            start,
            deadline,
            options.tasks(),
            options.mocks(),
            history,
            options.random(),
            new DataFlow(intrinsics.apply(options.random())));
    PathContext path = PathContext.root(run, timeline);
    var started = Events.input(input);
    started.put("roleArn", identity.roleArn());
    path.record("ExecutionStarted", "executionStartedEventDetails", started);
    try {
      JsonNode output = interpreter.run(machine, input, path);
      path.record("ExecutionSucceeded", "executionSucceededEventDetails", Events.output(output));
      return new ExecutionResult(
          identity.executionArn(), ExecutionStatus.SUCCEEDED, output, null, null, history);
    } catch (StatesException e) {
      path.record(
          "ExecutionFailed", "executionFailedEventDetails", Events.error(e.error(), e.cause()));
      return new ExecutionResult(
          identity.executionArn(), ExecutionStatus.FAILED, null, e.error(), e.cause(), history);
    } catch (Interpreter.ExecutionTimedOut e) {
      String cause =
          "The execution ran longer than the state machine's TimeoutSeconds ("
              + machine.timeoutSeconds()
              + ")";
      path.record(
          "ExecutionTimedOut",
          "executionTimedOutEventDetails",
          Events.error(StatesErrors.TIMEOUT, cause));
      return new ExecutionResult(
          identity.executionArn(),
          ExecutionStatus.TIMED_OUT,
          null,
          StatesErrors.TIMEOUT,
          cause,
          history);
    }
  }
}
