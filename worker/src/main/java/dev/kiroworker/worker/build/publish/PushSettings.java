package dev.kiroworker.worker.build.publish;

import dev.kiroworker.worker.build.BuildVariables;
import java.time.Duration;
import java.util.Objects;

/**
 * How the branch is pushed: the timeout of one {@code git push}, how many times a transient failure
 * is tried again, the backoff between attempts, and whether a local remote (a path or a {@code
 * file:} URL) is allowed, which only tests and local mode need.
 */
public record PushSettings(
    Duration gitTimeout, int retries, Backoff backoff, boolean allowLocalRemote) {

  /** Retries after the first attempt: four attempts in all. */
  public static final int RETRIES = 3;

  /**
   * The wait before the first retry in milliseconds (default 2000, then doubling); local mode and
   * tests set it low so a run of failures does not take seconds.
   */
  public static final String RETRY_BASE_MILLIS = "KIRO_PUSH_RETRY_BASE_MILLIS";

  public PushSettings {
    Objects.requireNonNull(gitTimeout, "gitTimeout");
    Objects.requireNonNull(backoff, "backoff");
    if (gitTimeout.isNegative() || gitTimeout.isZero()) {
      throw new IllegalArgumentException("the git timeout must be positive, was " + gitTimeout);
    }
    if (retries < 0 || retries > 10) {
      throw new IllegalArgumentException("the retries must be from 0 to 10, was " + retries);
    }
  }

  /** Ten minutes per push, {@value #RETRIES} retries, the default backoff, GitHub remotes only. */
  public static PushSettings defaults() {
    return new PushSettings(Duration.ofMinutes(10), RETRIES, Backoff.defaults(), false);
  }

  /**
   * The defaults, with {@code KIRO_ALLOW_LOCAL_REMOTE} and {@value #RETRY_BASE_MILLIS} from {@code
   * variables}.
   */
  public static PushSettings from(BuildVariables variables) {
    PushSettings defaults = defaults();
    int baseMillis =
        variables.integer(RETRY_BASE_MILLIS, (int) defaults.backoff().base().toMillis(), 0, 60_000);
    return new PushSettings(
        defaults.gitTimeout(),
        defaults.retries(),
        new Backoff(Duration.ofMillis(baseMillis), defaults.backoff().jitter()),
        variables.flag(BuildVariables.ALLOW_LOCAL_REMOTE));
  }
}
