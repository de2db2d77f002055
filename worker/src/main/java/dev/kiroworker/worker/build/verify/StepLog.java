package dev.kiroworker.worker.build.verify;

import dev.kiroworker.handlers.scrub.SecretScrubber;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A step's log: every line scrubbed, then written to the step's log file and to the console. The
 * test command's two output streams feed it from two threads, so lines are written one at a time.
 */
final class StepLog implements Consumer<String>, AutoCloseable {

  private final SecretScrubber scrubber;
  private final BufferedWriter file;
  private final PrintStream console;

  private StepLog(SecretScrubber scrubber, BufferedWriter file, PrintStream console) {
    this.scrubber = scrubber;
    this.file = file;
    this.console = console;
  }

  /**
   * A log appending to {@code logFile} (created with its folder) and printing to {@code console}.
   */
  static StepLog open(Path logFile, PrintStream console, SecretScrubber scrubber) {
    Objects.requireNonNull(scrubber, "scrubber");
    try {
      Files.createDirectories(logFile.getParent());
      return new StepLog(
          scrubber,
          Files.newBufferedWriter(
              logFile,
              StandardCharsets.UTF_8,
              java.nio.file.StandardOpenOption.CREATE,
              java.nio.file.StandardOpenOption.APPEND),
          console);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the log file " + logFile, e);
    }
  }

  @Override
  public synchronized void accept(String line) {
    String scrubbed = scrubber.scrub(line);
    console.println(scrubbed);
    try {
      file.write(scrubbed);
      file.newLine();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the log file", e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      file.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close the log file", e);
    }
  }
}
