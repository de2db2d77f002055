package dev.kiroworker.worker.build;

import dev.kiroworker.handlers.scrub.SecretScrubber;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * One step's log: every line is scrubbed, then written to the step's file in the build output (an
 * artifact) and to the console (CodeBuild's log). A step run twice appends to its file.
 */
public final class StepLog implements Consumer<String>, AutoCloseable {

  private final SecretScrubber scrubber;
  private final PrintStream console;
  private final BufferedWriter file;

  private StepLog(SecretScrubber scrubber, PrintStream console, BufferedWriter file) {
    this.scrubber = scrubber;
    this.console = console;
    this.file = file;
  }

  /** Opens {@code step}'s log in {@code output}, creating the output folders. */
  public static StepLog open(
      BuildOutput output, String step, SecretScrubber scrubber, PrintStream console) {
    output.create();
    try {
      BufferedWriter writer =
          Files.newBufferedWriter(
              output.logFile(step),
              StandardCharsets.UTF_8,
              StandardOpenOption.CREATE,
              StandardOpenOption.APPEND);
      return new StepLog(scrubber, console, writer);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the log of step " + step, e);
    }
  }

  /** Writes {@code line}, scrubbed, to the file and the console. */
  @Override
  public synchronized void accept(String line) {
    String clean = scrubber.scrub(line);
    console.println(clean);
    try {
      file.write(clean);
      file.newLine();
      file.flush();
    } catch (IOException e) {
      // The console still has the line; a full disk must not hide the step's own outcome.
      console.println("(the step's log file could not be written: " + e.getMessage() + ")");
    }
  }

  @Override
  public synchronized void close() {
    try {
      file.close();
    } catch (IOException e) {
      console.println("(the step's log file could not be closed: " + e.getMessage() + ")");
    }
  }
}
