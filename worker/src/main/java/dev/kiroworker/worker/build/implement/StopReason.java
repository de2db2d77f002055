package dev.kiroworker.worker.build.implement;

/** Why {@code implement} stopped running tasks. */
public enum StopReason {
  /** No open task is left. */
  DONE,
  /** The build implemented as many tasks as {@code KIRO_TASK_LIMIT} allows. */
  TASK_LIMIT,
  /** {@code KIRO_TIME_BUDGET_MINUTES} ran out, before a task or during one. */
  TIME_BUDGET,
  /** The preflight failed or timed out; no task was attempted. */
  PREFLIGHT_FAILED,
  /** The agent exited non-zero, or could not be started. */
  AGENT_FAILED,
  /** The agent exited 0 but changed nothing. */
  NO_CHANGE,
  /** The agent was killed at its own timeout. */
  TIMED_OUT;

  /** Whether the agent (or its preflight) failed, rather than a limit being reached. */
  public boolean isFailure() {
    return switch (this) {
      case DONE, TASK_LIMIT, TIME_BUDGET -> false;
      case PREFLIGHT_FAILED, AGENT_FAILED, NO_CHANGE, TIMED_OUT -> true;
    };
  }
}
