package dev.kiroworker.cdk.workflow;

import dev.kiroworker.cdk.config.DeploymentEnvironment;
import java.time.Duration;

/**
 * How long a work item's lock lives: the build's timeout plus a margin for the states after the
 * build (reporting, release and their retries). The lock handlers get both numbers ({@code
 * KIRO_BUILD_TIMEOUT_MINUTES}, {@code KIRO_LOCK_MARGIN_MINUTES}) and the state machine uses the sum
 * as its execution timeout, so an execution can never outlive its lock: a run that overruns times
 * out (the cleanup rule then releases the lock) instead of running on after another execution may
 * have taken its work item over.
 *
 * @param buildTimeoutMinutes CodeBuild's timeout for one build
 * @param marginMinutes the time after the build that the lease still covers
 */
public record LockLease(int buildTimeoutMinutes, int marginMinutes) {

  /** The margin the handlers default to; covers a report's retries with GitHub's rate limits. */
  public static final int DEFAULT_MARGIN_MINUTES = 15;

  public LockLease {
    if (buildTimeoutMinutes < 1 || marginMinutes < 1) {
      throw new IllegalArgumentException(
          "A lock lease needs a positive build timeout and margin, got "
              + buildTimeoutMinutes
              + " and "
              + marginMinutes
              + " minutes.");
    }
  }

  public static LockLease of(DeploymentEnvironment environment) {
    return new LockLease(environment.buildTimeoutMinutes(), DEFAULT_MARGIN_MINUTES);
  }

  /** The whole lease, which is also the state machine's execution timeout. */
  public Duration total() {
    return Duration.ofMinutes((long) buildTimeoutMinutes + marginMinutes);
  }
}
