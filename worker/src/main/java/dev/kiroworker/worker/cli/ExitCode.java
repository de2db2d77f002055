package dev.kiroworker.worker.cli;

/** The exit codes every {@code kiro-worker} command uses, so scripts can tell outcomes apart. */
public final class ExitCode {

  /** The command did what it was asked; for {@code sfn run}, the execution succeeded. */
  public static final int OK = 0;

  /** The command ran, but what it ran did not succeed (a failed or timed-out execution). */
  public static final int NOT_SUCCEEDED = 1;

  /** The command line is wrong: an unknown, missing or conflicting option. */
  public static final int USAGE = 2;

  /** A file the command was given cannot be read or is not valid. */
  public static final int INVALID_INPUT = 3;

  private ExitCode() {}
}
