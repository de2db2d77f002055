package dev.kiroworker.handlers.lock;

import java.util.Objects;

/**
 * What the cleanup did for one execution status change.
 *
 * @param executionArn the execution the event is about
 * @param status its new status
 * @param ignored true for statuses that need no cleanup (the execution runs or released its own
 *     lock)
 * @param release what the release found, or {@code null} when ignored
 * @param reason one sentence for the cleanup function's log
 */
public record CleanupResult(
    ExecutionArn executionArn,
    String status,
    boolean ignored,
    ReleaseResult release,
    String reason) {

  public CleanupResult {
    Objects.requireNonNull(executionArn, "executionArn");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
    if (ignored != (release == null)) {
      throw new IllegalArgumentException("a release result is given exactly when not ignored");
    }
  }
}
