package dev.kiroworker.statemachine.internal;

import dev.kiroworker.statemachine.EngineClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * The time of one execution path. Under the virtual clock each path (the execution, a Parallel
 * branch, a Map iteration) keeps its own instant, so concurrent waits overlap as they would on AWS;
 * a join moves the parent to the latest of its children.
 */
final class Timeline {

  private final boolean virtual;
  private Instant now;

  private Timeline(boolean virtual, Instant now) {
    this.virtual = virtual;
    this.now = now;
  }

  static Timeline start(EngineClock clock) {
    return switch (clock) {
      case EngineClock.SystemClock system -> new Timeline(false, null);
      case EngineClock.VirtualClock virtualClock -> new Timeline(true, virtualClock.start());
    };
  }

  synchronized Instant now() {
    return virtual ? now : Instant.now();
  }

  void waitFor(Duration duration) {
    if (duration.isNegative() || duration.isZero()) {
      return;
    }
    if (virtual) {
      synchronized (this) {
        now = now.plus(duration);
      }
    } else {
      EngineClock.sleep(duration);
    }
  }

  void waitUntil(Instant instant) {
    waitFor(Duration.between(now(), instant));
  }

  Timeline fork() {
    return new Timeline(virtual, now());
  }

  void join(Collection<Timeline> children) {
    if (!virtual) {
      return;
    }
    synchronized (this) {
      for (Timeline child : children) {
        Instant end = child.now();
        if (end.isAfter(now)) {
          now = end;
        }
      }
    }
  }
}
