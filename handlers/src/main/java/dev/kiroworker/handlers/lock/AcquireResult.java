package dev.kiroworker.handlers.lock;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of an acquire: the slot and expiry when the lock was taken, else which executions
 * hold what stood in the way. A busy lock is an expected outcome, so it is a result, not an error.
 *
 * @param acquired true when this execution now holds a slot and the work item's key
 * @param status acquired, or why not
 * @param slot the slot held, or {@code null} when not acquired
 * @param expiresAt epoch seconds when the lease runs out, or {@code null} when not acquired
 * @param heldBy when busy, the executions holding the work item or the slots (empty if they let go
 *     while we looked)
 * @param reason one sentence for the execution's console view
 */
public record AcquireResult(
    boolean acquired,
    Status status,
    Integer slot,
    Long expiresAt,
    List<ExecutionArn> heldBy,
    String reason) {

  /** Why an acquire ended the way it did. */
  public enum Status {
    ACQUIRED,
    WORK_ITEM_BUSY,
    ALL_SLOTS_BUSY
  }

  public AcquireResult {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
    heldBy = List.copyOf(heldBy);
    if (acquired != (status == Status.ACQUIRED)) {
      throw new IllegalArgumentException("acquired=" + acquired + " contradicts status " + status);
    }
    if (acquired != (slot != null) || acquired != (expiresAt != null)) {
      throw new IllegalArgumentException("slot and expiresAt are set exactly when acquired");
    }
  }

  static AcquireResult acquired(LockRecord slot) {
    return new AcquireResult(
        true,
        Status.ACQUIRED,
        slot.slot(),
        slot.expiresAt(),
        List.of(),
        "acquired slot " + slot.slot() + " for work item " + slot.workItemId());
  }

  static AcquireResult workItemBusy(WorkItemId workItem, List<ExecutionArn> holders) {
    String reason =
        holders.isEmpty()
            ? "work item " + workItem + " was locked a moment ago and has just been let go"
            : "work item " + workItem + " is already running in " + holders.getFirst();
    return new AcquireResult(false, Status.WORK_ITEM_BUSY, null, null, holders, reason);
  }

  static AcquireResult allSlotsBusy(int slots, List<ExecutionArn> holders) {
    String reason = slots == 1 ? "the only slot is busy" : "all " + slots + " slots are busy";
    return new AcquireResult(false, Status.ALL_SLOTS_BUSY, null, null, holders, reason);
  }
}
