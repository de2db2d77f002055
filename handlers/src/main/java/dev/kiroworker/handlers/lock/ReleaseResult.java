package dev.kiroworker.handlers.lock;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a release. Finding the lock already gone, or held by another execution, is an
 * expected outcome: a result that says so, not an error.
 *
 * @param released true when this call deleted at least one lock item of the execution
 * @param status released, or why nothing changed
 * @param releasedLocks the lock ids deleted, work item keys first
 * @param reason one sentence for the execution's console view
 */
public record ReleaseResult(
    boolean released, Status status, List<String> releasedLocks, String reason) {

  /** What a release found. */
  public enum Status {
    /** The execution's slot and work item key, or what was left of them, are deleted. */
    RELEASED,
    /** The execution held nothing: released before, expired and removed, or never taken. */
    ALREADY_GONE,
    /** Another execution holds the work item's key (it took over an expired lease): untouched. */
    HELD_BY_ANOTHER
  }

  public ReleaseResult {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
    releasedLocks = List.copyOf(releasedLocks);
    if (released != (status == Status.RELEASED) || released == releasedLocks.isEmpty()) {
      throw new IllegalArgumentException(
          "released=" + released + " contradicts status " + status + " or " + releasedLocks);
    }
  }

  static ReleaseResult released(ExecutionArn owner, List<String> lockIds) {
    return new ReleaseResult(
        true,
        Status.RELEASED,
        lockIds,
        "released " + String.join(" and ", lockIds) + " held by " + owner);
  }

  static ReleaseResult alreadyGone(ExecutionArn owner) {
    return new ReleaseResult(
        false,
        Status.ALREADY_GONE,
        List.of(),
        owner + " holds no lock (already released, or expired): nothing to do");
  }

  static ReleaseResult heldByAnother(ExecutionArn owner, LockRecord holder) {
    return new ReleaseResult(
        false,
        Status.HELD_BY_ANOTHER,
        List.of(),
        holder.lockId()
            + " is held by "
            + holder.owner()
            + ", not by "
            + owner
            + ": nothing changed");
  }
}
