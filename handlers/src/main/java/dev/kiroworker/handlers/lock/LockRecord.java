package dev.kiroworker.handlers.lock;

import java.util.Objects;

/**
 * One lock item as stored: a slot or a work item's key, who holds it and until when.
 *
 * @param lockId the partition key: {@code slot#<n>} or {@code item#<work item id>}
 * @param owner the execution holding it
 * @param workItemId the work item it runs; a slot records it so the item key can be found from the
 *     slot
 * @param slot the slot the work item runs in
 * @param acquiredAt epoch seconds when it was taken
 * @param expiresAt epoch seconds after which others may take it over; also the table's TTL
 */
public record LockRecord(
    String lockId,
    ExecutionArn owner,
    WorkItemId workItemId,
    int slot,
    long acquiredAt,
    long expiresAt) {

  public LockRecord {
    Objects.requireNonNull(lockId, "lockId");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(workItemId, "workItemId");
    if (slot < 0) {
      throw new IllegalArgumentException("a slot number is never negative, got " + slot);
    }
    if (expiresAt < acquiredAt) {
      throw new IllegalArgumentException(
          lockId + " expires at " + expiresAt + ", before it was acquired at " + acquiredAt);
    }
  }

  /** True once {@code nowEpochSeconds} is past the expiry: the holder's lease ran out. */
  public boolean isExpiredAt(long nowEpochSeconds) {
    return expiresAt < nowEpochSeconds;
  }

  /** True when {@code execution} holds this lock. */
  public boolean isHeldBy(ExecutionArn execution) {
    return owner.equals(execution);
  }

  /** The same claim under another key: the work item key that goes with a slot. */
  LockRecord withLockId(String otherLockId) {
    return new LockRecord(otherLockId, owner, workItemId, slot, acquiredAt, expiresAt);
  }
}
