package dev.kiroworker.handlers.coverage;

import dev.kiroworker.handlers.errors.PermanentException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.BiFunction;

/**
 * Opens a report file for a reader: refuses it before opening when it is over the size limit, and
 * turns a missing file or an I/O error into a plain failure naming it.
 */
final class ReportFiles {

  private ReportFiles() {}

  /**
   * @param kind names the report in messages, e.g. "Coverage report"
   * @param reader reads the opened stream, given the file's name for its own messages
   */
  static <T> T read(
      Path file, ReportLimits limits, String kind, BiFunction<String, InputStream, T> reader) {
    String source = file.toString();
    try {
      if (Files.size(file) > limits.maxBytes()) {
        throw ReportProblem.tooLarge(source, limits.maxBytes());
      }
      try (InputStream in = Files.newInputStream(file)) {
        return reader.apply(source, in);
      }
    } catch (NoSuchFileException e) {
      throw new PermanentException(
          kind + " " + source + " does not exist. Check the report path.", e);
    } catch (IOException e) {
      throw ReportProblem.fromIo(source, e);
    }
  }
}
