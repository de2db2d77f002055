package dev.kiroworker.statemachine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The parsed, immutable model of a definition: one record per ASL construct. */
final class Model {

  private Model() {}

  /** A state machine or a nested one (a Parallel branch, a Map's ItemProcessor). */
  record Machine(String startAt, Map<String, State> states, Integer timeoutSeconds) {
    State state(String name) {
      return states.get(name);
    }
  }

  /**
   * The data-flow fields. {@code "$"} stands for an absent path; a Java null for a path set to JSON
   * null (InputPath/OutputPath: {@code {}}; ResultPath: keep the input, drop the result).
   */
  record Io(
      String inputPath,
      JsonNode parameters,
      JsonNode resultSelector,
      String resultPath,
      String outputPath) {}

  /** Where a state goes next; {@code next} is null for {@code "End": true}. */
  record Transition(String next) {
    boolean isEnd() {
      return next == null;
    }
  }

  /** A Retry entry. */
  record Retrier(
      List<String> errorEquals,
      Duration interval,
      int maxAttempts,
      double backoffRate,
      Duration maxDelay,
      boolean fullJitter) {}

  /** A Catch entry. */
  record Catcher(List<String> errorEquals, String next, String resultPath) {}

  /** The Retry and Catch of a state that has them. */
  record ErrorHandling(List<Retrier> retriers, List<Catcher> catchers) {
    static final ErrorHandling NONE = new ErrorHandling(List.of(), List.of());
  }

  /** A task's time limits: a fixed number of seconds, a path to read it from, or neither. */
  record Timeouts(
      Integer timeoutSeconds,
      String timeoutSecondsPath,
      Integer heartbeatSeconds,
      String heartbeatSecondsPath) {}

  /** How a Wait state waits: exactly one field is set. */
  record WaitFor(Long seconds, Instant timestamp, String secondsPath, String timestampPath) {}

  /** A Map state's concurrency and failure tolerance; null fields were not given. */
  record MapLimits(
      Integer maxConcurrency,
      String maxConcurrencyPath,
      Double toleratedFailurePercentage,
      String toleratedFailurePercentagePath,
      Integer toleratedFailureCount,
      String toleratedFailureCountPath) {}

  /** A Choices entry: a rule and where it leads. */
  record ChoiceBranch(ChoiceCondition condition, String next) {}

  /** One state of any type. */
  sealed interface State
      permits PassState,
          TaskState,
          ChoiceState,
          WaitState,
          SucceedState,
          FailState,
          ParallelState,
          MapState {
    String name();

    /** The type's name as AWS spells it in history event types ({@code Task}, {@code Pass}). */
    String type();
  }

  record PassState(String name, Io io, Transition transition, JsonNode result) implements State {
    public String type() {
      return "Pass";
    }
  }

  record TaskState(
      String name,
      Io io,
      Transition transition,
      ErrorHandling errors,
      String resource,
      Timeouts timeouts)
      implements State {
    public String type() {
      return "Task";
    }
  }

  record ChoiceState(String name, Io io, List<ChoiceBranch> choices, String defaultNext)
      implements State {
    public String type() {
      return "Choice";
    }
  }

  record WaitState(String name, Io io, Transition transition, WaitFor waitFor) implements State {
    public String type() {
      return "Wait";
    }
  }

  record SucceedState(String name, Io io) implements State {
    public String type() {
      return "Succeed";
    }
  }

  record FailState(String name, String error, String errorPath, String cause, String causePath)
      implements State {
    public String type() {
      return "Fail";
    }
  }

  record ParallelState(
      String name, Io io, Transition transition, ErrorHandling errors, List<Machine> branches)
      implements State {
    public String type() {
      return "Parallel";
    }
  }

  record MapState(
      String name,
      Io io,
      Transition transition,
      ErrorHandling errors,
      Machine processor,
      String itemsPath,
      JsonNode itemSelector,
      MapLimits limits)
      implements State {
    public String type() {
      return "Map";
    }
  }
}
