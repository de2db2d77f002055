package dev.kiroworker.worker.demo;

import dev.kiroworker.statemachine.history.HistoryEvent;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The execution as the Step Functions console shows it, printed as it happens from the engine's
 * history events: one line per state when it is left (or, for a Succeed or Fail state, when the
 * execution ends), with how long it took in real time and how it went, then the path taken.
 * Durations are measured here rather than read from the events, whose timestamps come from the
 * engine's virtual clock.
 */
final class ExecutionView {

  private final PrintStream out;
  private final LongSupplier nanoTime;
  private final List<String> path = new ArrayList<>();
  private String state;
  private String type;
  private long enteredAt;
  private String error;

  ExecutionView(PrintStream out, LongSupplier nanoTime) {
    this.out = out;
    this.nanoTime = nanoTime;
  }

  /** Takes one history event; the engine calls it in order. */
  void accept(HistoryEvent event) {
    String eventType = event.type();
    if (eventType.endsWith("StateEntered")) {
      state = event.detail("name");
      type = eventType.substring(0, eventType.length() - "StateEntered".length());
      enteredAt = nanoTime.getAsLong();
      error = null;
      path.add(state);
    } else if (eventType.endsWith("StateExited")) {
      print(error == null ? "ok" : "caught " + error);
    } else if (eventType.startsWith("Execution") && state != null && isEnd(eventType)) {
      print(eventType.equals("ExecutionSucceeded") ? "ok" : "end");
    } else if ((eventType.endsWith("Failed") || eventType.endsWith("TimedOut"))
        && !eventType.startsWith("Execution")) {
      error = event.detail("error");
    }
  }

  /** The states entered, in order. */
  List<String> path() {
    return List.copyOf(path);
  }

  private static boolean isEnd(String eventType) {
    return eventType.equals("ExecutionSucceeded")
        || eventType.equals("ExecutionFailed")
        || eventType.equals("ExecutionTimedOut");
  }

  private void print(String outcome) {
    Duration took = Duration.ofNanos(nanoTime.getAsLong() - enteredAt);
    out.printf(
        Locale.ROOT, "  %-28s %-8s %7.2f s  %s%n", state, type, took.toNanos() / 1e9, outcome);
    state = null;
  }
}
