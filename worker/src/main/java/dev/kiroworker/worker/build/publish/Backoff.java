package dev.kiroworker.worker.build.publish;

import java.time.Duration;
import java.util.Objects;

/**
 * Exponential backoff with jitter: retry {@code n} waits {@code base * 2^(n-1)}, moved up or down
 * by at most {@code jitter} of itself, so builds that lost the network together do not all come
 * back at the same instant. A pure function; the random number is the caller's.
 *
 * @param base the wait before the first retry
 * @param jitter the largest share of a wait it may move, from 0 (none) to 1
 */
public record Backoff(Duration base, double jitter) {

  /** The largest wait, whatever the retry number: doubling past this only delays the build. */
  static final Duration MAX_WAIT = Duration.ofMinutes(2);

  public Backoff {
    Objects.requireNonNull(base, "base");
    if (base.isNegative()) {
      throw new IllegalArgumentException("the base wait must not be negative, was " + base);
    }
    if (!(jitter >= 0 && jitter <= 1)) {
      throw new IllegalArgumentException("the jitter must be from 0 to 1, was " + jitter);
    }
  }

  /** 2 s, 4 s, 8 s, ... each within 25 % either way. */
  public static Backoff defaults() {
    return new Backoff(Duration.ofSeconds(2), 0.25);
  }

  /**
   * The wait before retry {@code retry} (1 for the first).
   *
   * @param random a number from 0 (inclusive) to 1 (exclusive); 0.5 gives the plain doubling
   */
  public Duration delay(int retry, double random) {
    if (retry < 1) {
      throw new IllegalArgumentException("the retry number starts at 1, was " + retry);
    }
    double exponential = base.toMillis() * Math.pow(2, Math.min(retry - 1, 30));
    double jittered = exponential * (1 + jitter * (2 * random - 1));
    long millis = Math.round(Math.min(jittered, MAX_WAIT.toMillis()));
    return Duration.ofMillis(Math.max(0, millis));
  }
}
