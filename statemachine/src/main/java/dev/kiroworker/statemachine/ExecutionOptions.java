package dev.kiroworker.statemachine;

import dev.kiroworker.statemachine.history.HistoryEvent;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * How to run one execution: its names, task bindings, clock and randomness. Build with {@link
 * #builder()}; every field has a default.
 */
public record ExecutionOptions(
    String stateMachineName,
    String executionName,
    String region,
    String account,
    String roleArn,
    TaskHandlers tasks,
    EngineClock clock,
    RandomGenerator random,
    TaskMockSource mocks,
    Consumer<HistoryEvent> historyListener) {

  public ExecutionOptions {
    requireName("state machine name", stateMachineName);
    requireName("execution name", executionName);
  }

  public static Builder builder() {
    return new Builder();
  }

  private static void requireName(String what, String name) {
    // AWS: 1-80 characters; no whitespace, wildcards, brackets or control characters.
    if (name == null || name.isEmpty() || name.length() > 80 || !name.matches("[A-Za-z0-9_.-]+")) {
      throw new IllegalArgumentException(
          "the " + what + " must be 1 to 80 letters, digits, '-', '_' or '.', got '" + name + "'");
    }
  }

  /** Collects options; unset ones take their defaults. */
  public static final class Builder {
    private String stateMachineName = "LocalStateMachine";
    private String executionName;
    private String region = "us-east-1";
    private String account = "123456789012";
    private String roleArn;
    private TaskHandlers tasks = TaskHandlers.none();
    private EngineClock clock = EngineClock.system();
    private RandomGenerator random = new java.security.SecureRandom();
    private TaskMockSource mocks = TaskMockSource.NONE;
    private Consumer<HistoryEvent> historyListener = event -> {};

    private Builder() {}

    public Builder stateMachineName(String name) {
      this.stateMachineName = name;
      return this;
    }

    public Builder executionName(String name) {
      this.executionName = name;
      return this;
    }

    public Builder region(String region) {
      this.region = region;
      return this;
    }

    public Builder account(String account) {
      this.account = account;
      return this;
    }

    public Builder roleArn(String roleArn) {
      this.roleArn = roleArn;
      return this;
    }

    public Builder tasks(TaskHandlers tasks) {
      this.tasks = tasks;
      return this;
    }

    public Builder clock(EngineClock clock) {
      this.clock = clock;
      return this;
    }

    /** A virtual clock starting at {@code start}. */
    public Builder virtualClock(Instant start) {
      return clock(EngineClock.virtual(start));
    }

    public Builder random(RandomGenerator random) {
      this.random = random;
      return this;
    }

    public Builder mocks(TaskMockSource mocks) {
      this.mocks = mocks;
      return this;
    }

    /** Hands every history event to {@code listener} as it happens, e.g. to show progress. */
    public Builder onEvent(Consumer<HistoryEvent> listener) {
      this.historyListener = listener;
      return this;
    }

    public ExecutionOptions build() {
      String execution =
          executionName != null
              ? executionName
              : new UUID(random.nextLong(), random.nextLong()).toString();
      String role =
          roleArn != null
              ? roleArn
              : "arn:aws:iam::" + account + ":role/" + stateMachineName + "-local";
      return new ExecutionOptions(
          stateMachineName,
          execution,
          region,
          account,
          role,
          tasks,
          clock,
          random,
          mocks,
          historyListener);
    }
  }
}
