package dev.kiroworker.worker.build.publish;

import dev.kiroworker.handlers.scrub.SecretScrubber;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * A step's log: each line scrubbed, then appended to the step's log file (an artifact) and echoed
 * to stderr (the CodeBuild log). Lines come from git's output drains as well as the step itself, so
 * writing is synchronised.
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

  /** A log appending to {@code file} (created with its folder when missing) and {@code console}. */
  static StepLog open(Path file, PrintStream console, SecretScrubber scrubber) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      BufferedWriter writer =
          Files.newBufferedWriter(
              file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      return new StepLog(writer, console, scrubber);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the step log " + file, e);
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
      throw new UncheckedIOException("Cannot write the step log", e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      file.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close the step log", e);
    }
  }
}
