package dev.kiroworker.handlers.lock;

import dev.kiroworker.handlers.errors.PermanentException;
import java.time.Duration;

/**
 * How long an acquired lock lives before others may take it over: the build's timeout plus a margin
 * for the states around the build (reporting, releasing).
 *
 * @param buildTimeout the CodeBuild project's timeout, at least a second and at most 36 hours
 * @param margin extra time after the build, at least a second and at most 24 hours
 */
public record Lease(Duration buildTimeout, Duration margin) {

  /** CodeBuild's own maximum build timeout, 2160 minutes. */
  static final Duration MAX_BUILD_TIMEOUT = Duration.ofHours(36);

  static final Duration MAX_MARGIN = Duration.ofHours(24);

  public Lease {
    require("build timeout", buildTimeout, MAX_BUILD_TIMEOUT);
    require("lease margin", margin, MAX_MARGIN);
  }

  /** A lease of the given build timeout and margin. */
  public static Lease of(Duration buildTimeout, Duration margin) {
    return new Lease(buildTimeout, margin);
  }

  /** The expiry, in epoch seconds, of a lock acquired at {@code nowEpochSeconds}. */
  public long expiresAt(long nowEpochSeconds) {
    return nowEpochSeconds + buildTimeout.toSeconds() + margin.toSeconds();
  }

  private static void require(String what, Duration value, Duration maximum) {
    if (value == null || value.toSeconds() < 1 || value.compareTo(maximum) > 0) {
      throw new PermanentException(
          "the "
              + what
              + " must be between 1 second and "
              + maximum.toHours()
              + " hours, got "
              + value
              + "; give it as a positive duration such as PT1H");
    }
  }
}
