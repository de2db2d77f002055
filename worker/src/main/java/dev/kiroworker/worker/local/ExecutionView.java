package dev.kiroworker.worker.local;

import dev.kiroworker.statemachine.history.HistoryEvent;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The execution as the Step Functions console shows it, printed as it happens from the engine's
 * history events: one line per state when it is left (or, for a Succeed or Fail state, when the
 * execution ends), with how long it took in real time and how it went, then the path taken.
 * Durations are measured here rather than read from the events, whose timestamps come from the
 * engine's virtual clock. States inside a Map state's iterations are indented under it, which is
 * printed when it is left, after them.
 */
public final class ExecutionView {

  private final PrintStream out;
  private final LongSupplier nanoTime;
  private final List<String> path = new ArrayList<>();
  // States inside a Map or Parallel state are entered and left while it is open.
  private final Deque<Frame> open = new ArrayDeque<>();

  public ExecutionView(PrintStream out, LongSupplier nanoTime) {
    this.out = out;
    this.nanoTime = nanoTime;
  }

  /** Takes one history event; the engine calls it in order. */
  public void accept(HistoryEvent event) {
    String eventType = event.type();
    if (eventType.endsWith("StateEntered")) {
      String state = event.detail("name");
      String type = eventType.substring(0, eventType.length() - "StateEntered".length());
      open.push(new Frame(state, type, nanoTime.getAsLong()));
      path.add(state);
    } else if (eventType.endsWith("StateExited") && !open.isEmpty()) {
      Frame frame = open.pop();
      print(frame, frame.error == null ? "ok" : "caught " + frame.error);
    } else if (eventType.startsWith("Execution") && !open.isEmpty() && isEnd(eventType)) {
      print(open.pop(), eventType.equals("ExecutionSucceeded") ? "ok" : "end");
      open.clear();
    } else if ((eventType.endsWith("Failed") || eventType.endsWith("TimedOut"))
        && !eventType.startsWith("Execution")
        && !open.isEmpty()) {
      open.peek().error = event.detail("error");
    }
  }

  /** The states entered, in order. */
  public List<String> path() {
    return List.copyOf(path);
  }

  private static boolean isEnd(String eventType) {
    return eventType.equals("ExecutionSucceeded")
        || eventType.equals("ExecutionFailed")
        || eventType.equals("ExecutionTimedOut");
  }

  private void print(Frame frame, String outcome) {
    Duration took = Duration.ofNanos(nanoTime.getAsLong() - frame.enteredAt);
    String name = "  ".repeat(open.size()) + frame.state;
    out.printf(
        Locale.ROOT, "  %-28s %-8s %7.2f s  %s%n", name, frame.type, took.toNanos() / 1e9, outcome);
  }

  /** A state entered and not yet left. */
  private static final class Frame {
    private final String state;
    private final String type;
    private final long enteredAt;
    private String error;

    private Frame(String state, String type, long enteredAt) {
      this.state = state;
      this.type = type;
      this.enteredAt = enteredAt;
    }
  }
}
