package dev.kiroworker.worker.build.process;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How a command ended: its exit code (or {@value #TIMED_OUT_EXIT_CODE} when it was killed at its
 * timeout), how long it ran, and the tail of its scrubbed stdout and stderr.
 *
 * @param command the arguments as run, scrubbed so they can be shown
 * @param output stdout and stderr lines in arrival order, scrubbed; the last lines only when {@code
 *     truncated}
 */
public record ProcessResult(
    List<String> command,
    int exitCode,
    boolean timedOut,
    Duration elapsed,
    String output,
    boolean truncated) {

  /** The exit code reported for a process killed at its timeout. */
  public static final int TIMED_OUT_EXIT_CODE = -1;

  public ProcessResult {
    command = List.copyOf(command);
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(output, "output");
  }

  /** Whether the command finished in time and exited 0. */
  public boolean succeeded() {
    return !timedOut && exitCode == 0;
  }
}
