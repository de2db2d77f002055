package dev.kiroworker.handlers.discovery;

import dev.kiroworker.handlers.lock.DynamoDbLock;
import dev.kiroworker.handlers.lock.WorkItemId;
import java.util.Objects;

/** {@link LiveLocks} read from the workflow's DynamoDB lock table. */
public final class DynamoDbLiveLocks implements LiveLocks {

  private final DynamoDbLock lock;

  public DynamoDbLiveLocks(DynamoDbLock lock) {
    this.lock = Objects.requireNonNull(lock, "lock");
  }

  @Override
  public boolean isHeld(String projectItemId) {
    return lock.currentHolder(WorkItemId.of(projectItemId)).isPresent();
  }
}
