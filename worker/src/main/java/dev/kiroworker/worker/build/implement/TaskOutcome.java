package dev.kiroworker.worker.build.implement;

/** How one agent run on one task ended, judged by what it left in the clone. */
public enum TaskOutcome {
  /** Exited 0 and changed files: the task was ticked and committed. */
  COMPLETED,
  /** Exited 0 without changing anything: typical of a refused key or a used-up quota. */
  NO_CHANGE,
  /** Exited non-zero; any change it left is committed as partial work. */
  FAILED,
  /** Killed at its timeout with its whole process tree; any change is committed as partial. */
  TIMED_OUT
}
