package dev.kiroworker.worker.sfn;

import dev.kiroworker.statemachine.ExecutionOptions;
import dev.kiroworker.statemachine.ExecutionResult;
import dev.kiroworker.statemachine.history.HistoryEvent;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The human-readable account of an execution, on stderr: a start line, one line per state entered
 * or exited and per failure as it happens, stamped with the execution's own clock, and an end line.
 */
final class ProgressLog {

  private static final String ENTERED = "StateEntered";
  private static final String EXITED = "StateExited";

  private final PrintStream err;

  ProgressLog(PrintStream err) {
    this.err = err;
  }

  void started(Path definition, ExecutionOptions options) {
    err.printf(
        "sfn run: starting execution %s of state machine %s (%s)%n",
        options.executionName(), options.stateMachineName(), definition);
  }

  /** Prints the line an event deserves, as the engine records it. */
  void event(HistoryEvent event) {
    line(event).ifPresent(err::println);
  }

  void finished(ExecutionResult result) {
    if (result.succeeded()) {
      err.println("sfn run: execution " + result.status());
    } else {
      err.printf(
          "sfn run: execution %s with error %s: %s%n",
          result.status(), result.error(), result.cause());
    }
  }

  /** The line an event deserves; the execution's own start and end have the lines above. */
  static Optional<String> line(HistoryEvent event) {
    String type = event.type();
    String at = "  " + event.timestamp() + "  ";
    if (type.endsWith(ENTERED)) {
      String stateType = type.substring(0, type.length() - ENTERED.length());
      return Optional.of(at + "entered " + event.detail("name") + " (" + stateType + ")");
    }
    if (type.endsWith(EXITED)) {
      return Optional.of(at + "exited  " + event.detail("name"));
    }
    String error = event.detail("error");
    if (error != null && !type.startsWith("Execution")) {
      String cause = event.detail("cause");
      return Optional.of(at + type + ": " + error + (cause == null ? "" : ": " + cause));
    }
    return Optional.empty();
  }
}
