package dev.kiroworker.worker.build.implement;

import dev.kiroworker.handlers.scrub.SecretScrubber;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The step's log: each line is scrubbed, then written to {@code logs/implement.log} and the
 * console. Lines come from the process drain threads as well as the step, hence the lock.
 */
final class StepLog implements Consumer<String>, AutoCloseable {

  private final BufferedWriter file;
  private final PrintStream console;
  private final SecretScrubber scrubber;

  private StepLog(BufferedWriter file, PrintStream console, SecretScrubber scrubber) {
    this.file = file;
    this.console = console;
    this.scrubber = scrubber;
  }

  /** A log writing a new {@code file}, replacing an earlier run's. */
  static StepLog open(Path file, PrintStream console, SecretScrubber scrubber) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      return new StepLog(Files.newBufferedWriter(file, StandardCharsets.UTF_8), console, scrubber);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the log " + file, e);
    }
  }

  @Override
  public synchronized void accept(String line) {
    String scrubbed = scrubber.scrub(line);
    console.println(scrubbed);
    try {
      file.write(scrubbed);
      file.newLine();
      file.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the step's log", e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      file.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close the step's log", e);
    }
  }
}
