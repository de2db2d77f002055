package dev.kiroworker.worker.sfn;

import dev.kiroworker.statemachine.history.ExecutionHistory;
import dev.kiroworker.statemachine.json.Json;
import dev.kiroworker.worker.cli.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes an execution's history, in the shape of {@code GetExecutionHistory}, for people. */
final class HistoryFile {

  private HistoryFile() {}

  /** Writes {@code {"events":[...]}} indented; the file's folder must exist. */
  static void write(Path file, ExecutionHistory history) {
    try {
      String json =
          Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(history.toJson());
      Files.writeString(file, json + "\n");
    } catch (IOException e) {
      throw InvalidInputException.unwritable("history", file, e);
    }
  }
}
