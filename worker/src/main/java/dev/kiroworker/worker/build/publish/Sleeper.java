package dev.kiroworker.worker.build.publish;

import java.time.Duration;

/** Waits between push attempts; injected so tests record the waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

  /** Blocks for {@code duration}. */
  void sleep(Duration duration);

  /** The real one: {@link Thread#sleep(Duration)}. */
  static Sleeper system() {
    return duration -> {
      try {
        Thread.sleep(duration);
      } catch (InterruptedException e) {
        // The build is being stopped; keep the flag so the caller's next blocking call sees it.
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting to retry the push", e);
      }
    };
  }
}
