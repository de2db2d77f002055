package dev.kiroworker.handlers.github;

import dev.kiroworker.handlers.errors.TransientException;
import java.time.Duration;

/** Waits between attempts; injected so tests record the waits instead of sleeping through them. */
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
        // The runtime is shutting the invocation down; keep the flag and let the workflow retry.
        Thread.currentThread().interrupt();
        throw new TransientException("Interrupted while waiting to retry a GitHub call", e);
      }
    };
  }
}
