package dev.kiroworker.handlers.lock;

import dev.kiroworker.handlers.errors.PermanentException;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The lock table's attribute names, and the mapping between its items and {@link LockRecord}. */
final class LockItems {

  static final String LOCK_ID = "lockId";
  static final String OWNER = "owner";
  static final String WORK_ITEM_ID = "workItemId";
  static final String SLOT = "slot";
  static final String ACQUIRED_AT = "acquiredAt";

  /** Epoch seconds; the deployment declares it as the table's TTL attribute. */
  static final String EXPIRES_AT = "expiresAt";

  private LockItems() {}

  static Map<String, AttributeValue> toItem(LockRecord record) {
    return Map.of(
        LOCK_ID, AttributeValue.fromS(record.lockId()),
        OWNER, AttributeValue.fromS(record.owner().value()),
        WORK_ITEM_ID, AttributeValue.fromS(record.workItemId().value()),
        SLOT, number(record.slot()),
        ACQUIRED_AT, number(record.acquiredAt()),
        EXPIRES_AT, number(record.expiresAt()));
  }

  static LockRecord fromItem(Map<String, AttributeValue> item) {
    String lockId = text(item, LOCK_ID, "?");
    String owner = text(item, OWNER, lockId);
    String workItemId = text(item, WORK_ITEM_ID, lockId);
    long slot = whole(item, SLOT, lockId);
    long acquiredAt = whole(item, ACQUIRED_AT, lockId);
    long expiresAt = whole(item, EXPIRES_AT, lockId);
    try {
      return new LockRecord(
          lockId,
          ExecutionArn.of(owner),
          WorkItemId.of(workItemId),
          Math.toIntExact(slot),
          acquiredAt,
          expiresAt);
    } catch (IllegalArgumentException | ArithmeticException | PermanentException e) {
      throw malformed(lockId, e.getMessage());
    }
  }

  static AttributeValue number(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }

  private static String text(Map<String, AttributeValue> item, String name, String lockId) {
    AttributeValue value = item.get(name);
    if (value == null || value.s() == null) {
      throw malformed(lockId, "it has no string attribute '" + name + "'");
    }
    return value.s();
  }

  private static long whole(Map<String, AttributeValue> item, String name, String lockId) {
    AttributeValue value = item.get(name);
    if (value == null || value.n() == null) {
      throw malformed(lockId, "it has no number attribute '" + name + "'");
    }
    try {
      return Long.parseLong(value.n());
    } catch (NumberFormatException e) {
      throw malformed(lockId, "'" + name + "' is not a whole number: " + value.n());
    }
  }

  private static PermanentException malformed(String lockId, String problem) {
    return new PermanentException(
        "lock item "
            + lockId
            + " was not written by kiro-worker: "
            + problem
            + ". Delete the item from the lock table; only this lock should write to it.");
  }
}
