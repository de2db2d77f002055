package dev.kiroworker.statemachine;

import java.time.Duration;
import java.time.Instant;

/**
 * Where an execution's time comes from. The real clock reads the system clock and really sleeps;
 * the virtual clock starts at a fixed instant and moves only when a Wait state or a retry delay
 * waits, instantly, so history timestamps show exactly those delays.
 */
public sealed interface EngineClock {

  /** Time as it passes: Wait states and retry delays really sleep. */
  static EngineClock system() {
    return new SystemClock();
  }

  /** Time that only waits move, starting at {@code start}. */
  static EngineClock virtual(Instant start) {
    return new VirtualClock(start);
  }

  /** The system clock, really sleeping. */
  record SystemClock() implements EngineClock {}

  /** Virtual time: each execution path keeps its own instant and waits advance it instantly. */
  record VirtualClock(Instant start) implements EngineClock {
    public VirtualClock {
      if (start == null) {
        throw new IllegalArgumentException("a virtual clock needs a start instant");
      }
    }
  }

  /** Sleeps for real; the system clock's way to wait. */
  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StatesException(StatesErrors.RUNTIME, "the execution was interrupted");
    }
  }
}
