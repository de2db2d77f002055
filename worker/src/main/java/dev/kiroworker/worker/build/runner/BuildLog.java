package dev.kiroworker.worker.build.runner;

import dev.kiroworker.handlers.scrub.SecretScrubber;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/**
 * The build's log: every line is scrubbed of the build's secrets, then written to {@code build.log}
 * and handed to the caller's consumer. Lines from the runner itself carry a {@code [Container]}
 * prefix and a UTC time, as CodeBuild's do; command output is written as it came.
 */
final class BuildLog implements AutoCloseable {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

  private final Path file;
  private final BufferedWriter writer;
  private final SecretScrubber scrubber;
  private final Consumer<String> sink;
  private final Clock clock;

  BuildLog(Path file, SecretScrubber scrubber, Consumer<String> sink, Clock clock) {
    this.file = file;
    this.scrubber = scrubber;
    this.sink = sink;
    this.clock = clock;
    try {
      this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the build log " + file, e);
    }
  }

  Path file() {
    return file;
  }

  /** A line from the runner. */
  void container(String message) {
    line("[Container] " + TIME.format(clock.instant()) + " " + message);
  }

  /** A line of command output. Flushed at once, so the file can be followed while it grows. */
  synchronized void line(String text) {
    String clean = scrubber.scrub(text);
    try {
      writer.write(clean);
      writer.newLine();
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the build log " + file, e);
    }
    sink.accept(clean);
  }

  @Override
  public synchronized void close() {
    try {
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the build log " + file, e);
    }
  }
}
