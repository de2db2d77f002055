package dev.kiroworker.worker.build.runner;

/** How a build or one of its phases ended, with CodeBuild's names. */
public enum BuildStatus {
  SUCCEEDED,
  FAILED,
  /** Something outside the buildspec's commands went wrong: the shell, the disk. */
  FAULT,
  TIMED_OUT;

  /** Whether this is {@link #SUCCEEDED}. */
  public boolean succeeded() {
    return this == SUCCEEDED;
  }
}
