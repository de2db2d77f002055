package dev.kiroworker.worker.build.process;

import dev.kiroworker.handlers.scrub.SecretScrubber;
import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs one external command to completion or to its hard timeout, whichever comes first. Stdin is
 * closed, stdout and stderr are drained concurrently into a bounded tail, and every line is
 * scrubbed before it is kept or handed to the line consumer. On timeout the whole process tree is
 * killed.
 */
public final class ProcessRunner {

  /** How much output a result keeps by default: the last 1 MiB of characters. */
  public static final int DEFAULT_OUTPUT_LIMIT = 1024 * 1024;

  /** How long a process gets between SIGTERM and SIGKILL, and output gets to drain after exit. */
  public static final Duration DEFAULT_GRACE = Duration.ofSeconds(2);

  private static final File NO_INPUT = new File("/dev/null");

  private final SecretScrubber scrubber;
  private final int outputLimit;
  private final Duration grace;

  /** A runner that scrubs with {@code scrubber} and keeps the default output tail. */
  public ProcessRunner(SecretScrubber scrubber) {
    this(scrubber, DEFAULT_OUTPUT_LIMIT, DEFAULT_GRACE);
  }

  /** A runner keeping at most {@code outputLimit} characters and waiting {@code grace} to kill. */
  public ProcessRunner(SecretScrubber scrubber, int outputLimit, Duration grace) {
    this.scrubber = Objects.requireNonNull(scrubber, "scrubber");
    this.grace = Objects.requireNonNull(grace, "grace");
    if (outputLimit < 1) {
      throw new IllegalArgumentException("the output limit must be positive, was " + outputLimit);
    }
    this.outputLimit = outputLimit;
  }

  /** Runs {@code command}, keeping its output only in the result. */
  public ProcessResult run(ProcessCommand command) {
    return run(command, line -> {});
  }

  /**
   * Runs {@code command}, passing each scrubbed output line to {@code lines} as it arrives (one at
   * a time, from a drain thread).
   *
   * @throws ProcessStartException if the executable or the working directory does not exist
   * @throws ProcessInterruptedException if this thread is interrupted; the process tree is killed
   */
  public ProcessResult run(ProcessCommand command, Consumer<String> lines) {
    long started = System.nanoTime();
    Process process = start(command);
    OutputTail tail = new OutputTail(outputLimit, scrubber, lines);
    List<Thread> drains =
        List.of(
            StreamDrain.start(process.getInputStream(), tail),
            StreamDrain.start(process.getErrorStream(), tail));
    try {
      boolean finished = process.waitFor(command.timeout().toMillis(), TimeUnit.MILLISECONDS);
      if (!finished) {
        ProcessTree.kill(process, grace);
      }
      awaitDrains(drains);
      Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
      int exitCode = finished ? process.exitValue() : ProcessResult.TIMED_OUT_EXIT_CODE;
      return new ProcessResult(
          displayed(command), exitCode, !finished, elapsed, tail.text(), tail.truncated());
    } catch (InterruptedException e) {
      throw interrupted(command, process, e);
    }
  }

  private Process start(ProcessCommand command) {
    ProcessBuilder builder =
        new ProcessBuilder(command.arguments())
            .directory(command.workingDirectory().toFile())
            .redirectInput(Redirect.from(NO_INPUT));
    builder.environment().keySet().removeAll(command.withheld());
    builder.environment().putAll(command.environment());
    try {
      return builder.start();
    } catch (IOException e) {
      throw new ProcessStartException(
          "cannot start '"
              + scrubber.scrub(command.executable())
              + "' in "
              + command.workingDirectory()
              + ": check that it is installed and on PATH, and that the folder exists ("
              + scrubber.scrub(e.getMessage())
              + ")",
          e);
    }
  }

  /**
   * Waits for the drains to reach end of stream. A grandchild left running in the background can
   * hold the pipes open after its parent exits, so the wait is bounded by the grace period.
   */
  private void awaitDrains(List<Thread> drains) throws InterruptedException {
    long deadline = System.nanoTime() + grace.toNanos();
    for (Thread drain : drains) {
      long remaining = Math.max(1, deadline - System.nanoTime());
      drain.join(Duration.ofNanos(remaining));
    }
  }

  private ProcessInterruptedException interrupted(
      ProcessCommand command, Process process, InterruptedException cause) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    Thread.currentThread().interrupt();
    return new ProcessInterruptedException(
        "interrupted while running " + displayed(command) + "; its process tree was killed", cause);
  }

  private List<String> displayed(ProcessCommand command) {
    return command.arguments().stream().map(scrubber::scrub).toList();
  }
}
