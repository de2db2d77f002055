package dev.kiroworker.handlers.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.testsupport.AwsEmulatorExtension;
import dev.kiroworker.testsupport.AwsEmulators;
import dev.kiroworker.testsupport.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ExtendWith(AwsEmulatorExtension.class)
class DynamoDbLockTest {

  static final ExecutionArn FIRST = execution("run-1");
  static final ExecutionArn SECOND = execution("run-2");
  static final ExecutionArn THIRD = execution("run-3");
  static final WorkItemId UPLOADER = WorkItemId.of("PVTI_lADOBa7Qz84AkR2szgTx0Ys");
  static final WorkItemId DASHBOARD = WorkItemId.of("PVTI_lADOBa7Qz84AkR2szgTx0Zt");
  static final WorkItemId BILLING = WorkItemId.of("PVTI_lADOBa7Qz84AkR2szgTx0Au");
  static final Lease LEASE = Lease.of(Duration.ofMinutes(60), Duration.ofMinutes(15));
  static final long LEASE_SECONDS = 75 * 60;

  private final ManualClock clock = new ManualClock(Instant.parse("2025-03-14T09:00:00Z"));
  private DynamoDbClient dynamoDb;
  private String table;

  @BeforeEach
  void createTable(AwsEmulators aws, DynamoDbClient dynamoDb) {
    this.dynamoDb = dynamoDb;
    this.table = LockTables.create(aws, dynamoDb);
  }

  @Test
  void acquire_whenFree_takesSlotZeroAndTheWorkItemKeyUntilTheLeaseEnds() {
    var lock = lock(1);

    AcquireResult result = lock.acquire(UPLOADER, FIRST, LEASE);

    long now = clock.epochSeconds();
    assertThat(result.acquired()).isTrue();
    assertThat(result.status()).isEqualTo(AcquireResult.Status.ACQUIRED);
    assertThat(result.slot()).isZero();
    assertThat(result.expiresAt()).isEqualTo(now + LEASE_SECONDS);
    assertThat(result.heldBy()).isEmpty();
    assertThat(lock.currentHolder(UPLOADER))
        .contains(new LockRecord("item#" + UPLOADER, FIRST, UPLOADER, 0, now, now + LEASE_SECONDS));
    assertThat(LockTables.contents(dynamoDb, table)).containsOnlyKeys("slot#0", "item#" + UPLOADER);
  }

  @Test
  void acquire_whenSlotHeldByAnotherExecution_returnsBusy() {
    var lock = lock(1);
    lock.acquire(UPLOADER, FIRST, LEASE);

    AcquireResult result = lock.acquire(DASHBOARD, SECOND, LEASE);

    assertThat(result.acquired()).isFalse();
    assertThat(result.status()).isEqualTo(AcquireResult.Status.ALL_SLOTS_BUSY);
    assertThat(result.slot()).isNull();
    assertThat(result.expiresAt()).isNull();
    assertThat(result.heldBy()).containsExactly(FIRST);
    assertThat(result.reason()).isEqualTo("the only slot is busy");
    assertThat(lock.currentHolder(DASHBOARD)).isEmpty();
  }

  @Test
  void acquire_whenAllSlotsHeld_namesEveryHolder() {
    var lock = lock(2);
    lock.acquire(UPLOADER, FIRST, LEASE);
    lock.acquire(DASHBOARD, SECOND, LEASE);

    AcquireResult result = lock.acquire(BILLING, THIRD, LEASE);

    assertThat(result.status()).isEqualTo(AcquireResult.Status.ALL_SLOTS_BUSY);
    assertThat(result.heldBy()).containsExactly(FIRST, SECOND);
    assertThat(result.reason()).isEqualTo("all 2 slots are busy");
    assertThat(LockTables.contents(dynamoDb, table))
        .containsOnlyKeys("slot#0", "slot#1", "item#" + UPLOADER, "item#" + DASHBOARD);
  }

  @Test
  void acquire_withTwoSlots_runsTwoWorkItemsAtOnce() {
    var lock = lock(2);

    AcquireResult first = lock.acquire(UPLOADER, FIRST, LEASE);
    AcquireResult second = lock.acquire(DASHBOARD, SECOND, LEASE);

    assertThat(first.slot()).isZero();
    assertThat(second.slot()).isOne();
    assertThat(lock.currentHolder(DASHBOARD).map(LockRecord::slot)).contains(1);
  }

  @Test
  void acquire_whenTheWorkItemRunsAndASlotIsFree_refusesAndGivesTheSlotBack() {
    var lock = lock(2);
    lock.acquire(UPLOADER, FIRST, LEASE);

    AcquireResult rerun = lock.acquire(UPLOADER, SECOND, LEASE);

    assertThat(rerun.status()).isEqualTo(AcquireResult.Status.WORK_ITEM_BUSY);
    assertThat(rerun.heldBy()).containsExactly(FIRST);
    assertThat(rerun.reason()).contains("already running in " + FIRST);
    assertThat(lock.acquire(DASHBOARD, THIRD, LEASE).slot()).isOne();
    assertThat(lock.currentHolder(UPLOADER).map(LockRecord::owner)).contains(FIRST);
  }

  @Test
  void acquire_whenTheWorkItemHoldsTheOnlySlot_reportsTheWorkItemBusy() {
    var lock = lock(1);
    lock.acquire(UPLOADER, FIRST, LEASE);

    AcquireResult rerun = lock.acquire(UPLOADER, SECOND, LEASE);

    assertThat(rerun.status()).isEqualTo(AcquireResult.Status.WORK_ITEM_BUSY);
    assertThat(rerun.heldBy()).containsExactly(FIRST);
  }

  @Test
  void acquire_atTheExactExpiry_isStillBusy() {
    var lock = lock(1);
    lock.acquire(UPLOADER, FIRST, LEASE);

    clock.advance(Duration.ofSeconds(LEASE_SECONDS));

    assertThat(lock.acquire(DASHBOARD, SECOND, LEASE).acquired()).isFalse();
  }

  @Test
  void acquire_whenTheLeaseExpired_takesTheSlotOver() {
    var lock = lock(1);
    lock.acquire(UPLOADER, FIRST, LEASE);

    clock.advance(Duration.ofSeconds(LEASE_SECONDS + 1));
    AcquireResult takeover = lock.acquire(DASHBOARD, SECOND, LEASE);

    assertThat(takeover.acquired()).isTrue();
    assertThat(takeover.slot()).isZero();
    assertThat(takeover.expiresAt()).isEqualTo(clock.epochSeconds() + LEASE_SECONDS);
    assertThat(lock.currentHolder(DASHBOARD).map(LockRecord::owner)).contains(SECOND);
    assertThat(lock.currentHolder(UPLOADER)).isEmpty();
  }

  @Test
  void release_byTheExpiredHolder_leavesTheNewHoldersSlotAlone() {
    var lock = lock(1);
    lock.acquire(UPLOADER, FIRST, LEASE);
    clock.advance(Duration.ofSeconds(LEASE_SECONDS + 1));
    lock.acquire(DASHBOARD, SECOND, LEASE);

    ReleaseResult late = lock.release(UPLOADER, FIRST);

    // Only the expired work item key was still the first execution's own.
    assertThat(late.releasedLocks()).containsExactly("item#" + UPLOADER);
    assertThat(lock.currentHolder(DASHBOARD).map(LockRecord::owner)).contains(SECOND);
    assertThat(LockTables.contents(dynamoDb, table))
        .containsOnlyKeys("slot#0", "item#" + DASHBOARD);
  }

  @Test
  void acquire_whenTheSameWorkItemsLeaseExpired_takesItOverAndTheOldOwnerCannotRelease() {
    var lock = lock(1);
    lock.acquire(UPLOADER, FIRST, LEASE);
    clock.advance(Duration.ofSeconds(LEASE_SECONDS + 1));

    AcquireResult takeover = lock.acquire(UPLOADER, SECOND, LEASE);
    ReleaseResult late = lock.release(UPLOADER, FIRST);

    assertThat(takeover.acquired()).isTrue();
    assertThat(late.released()).isFalse();
    assertThat(late.status()).isEqualTo(ReleaseResult.Status.HELD_BY_ANOTHER);
    assertThat(late.reason())
        .isEqualTo(
            "item#"
                + UPLOADER
                + " is held by "
                + SECOND
                + ", not by "
                + FIRST
                + ": nothing changed");
    assertThat(lock.currentHolder(UPLOADER).map(LockRecord::owner)).contains(SECOND);
  }

  @Test
  void acquire_retriedBySameExecution_keepsItsSlotAndExtendsTheLease() {
    var lock = lock(2);
    lock.acquire(UPLOADER, FIRST, LEASE);
    clock.advance(Duration.ofSeconds(30));

    AcquireResult retry = lock.acquire(UPLOADER, FIRST, LEASE);

    assertThat(retry.acquired()).isTrue();
    assertThat(retry.slot()).isZero();
    assertThat(retry.expiresAt()).isEqualTo(clock.epochSeconds() + LEASE_SECONDS);
    assertThat(LockTables.contents(dynamoDb, table)).containsOnlyKeys("slot#0", "item#" + UPLOADER);
  }

  @Test
  void acquire_afterACrashBetweenSlotAndItemKey_reusesTheSlotItAlreadyHolds() {
    var lock = lock(3);
    long now = clock.epochSeconds();
    // The function died after claiming slot 2 and before the work item key.
    putRaw(new LockRecord("slot#2", FIRST, UPLOADER, 2, now, now + LEASE_SECONDS));

    AcquireResult retry = lock.acquire(UPLOADER, FIRST, LEASE);

    assertThat(retry.slot()).isEqualTo(2);
    assertThat(LockTables.contents(dynamoDb, table)).containsOnlyKeys("slot#2", "item#" + UPLOADER);
  }

  @Test
  void release_byNonOwner_isRefusedAndChangesNothing() {
    var lock = lock(1);
    lock.acquire(UPLOADER, FIRST, LEASE);
    var before = LockTables.contents(dynamoDb, table);

    ReleaseResult result = lock.release(UPLOADER, SECOND);

    assertThat(result.released()).isFalse();
    assertThat(result.status()).isEqualTo(ReleaseResult.Status.HELD_BY_ANOTHER);
    assertThat(result.releasedLocks()).isEmpty();
    assertThat(LockTables.contents(dynamoDb, table)).isEqualTo(before);
    assertThat(lock.acquire(DASHBOARD, THIRD, LEASE).acquired()).isFalse();
  }

  @Test
  void release_byOwner_freesTheSlotAndTheWorkItem() {
    var lock = lock(1);
    lock.acquire(UPLOADER, FIRST, LEASE);

    ReleaseResult result = lock.release(UPLOADER, FIRST);

    assertThat(result.released()).isTrue();
    assertThat(result.status()).isEqualTo(ReleaseResult.Status.RELEASED);
    assertThat(result.releasedLocks()).containsExactly("item#" + UPLOADER, "slot#0");
    assertThat(result.reason())
        .isEqualTo("released item#" + UPLOADER + " and slot#0 held by " + FIRST);
    assertThat(LockTables.contents(dynamoDb, table)).isEmpty();
    assertThat(lock.acquire(UPLOADER, SECOND, LEASE).acquired()).isTrue();
  }

  @Test
  void release_twice_isASuccessfulNoOpTheSecondTime() {
    var lock = lock(1);
    lock.acquire(UPLOADER, FIRST, LEASE);
    lock.release(UPLOADER, FIRST);

    ReleaseResult again = lock.release(UPLOADER, FIRST);

    assertThat(again.released()).isFalse();
    assertThat(again.status()).isEqualTo(ReleaseResult.Status.ALREADY_GONE);
    assertThat(again.reason()).contains("nothing to do");
  }

  @Test
  void release_whenNeverAcquired_saysItIsAlreadyGone() {
    assertThat(lock(1).release(UPLOADER, FIRST).status())
        .isEqualTo(ReleaseResult.Status.ALREADY_GONE);
  }

  @Test
  void releaseAllHeldBy_findsTheWorkItemThroughTheSlot() {
    var lock = lock(3);
    lock.acquire(DASHBOARD, SECOND, LEASE);
    lock.acquire(UPLOADER, FIRST, LEASE);

    ReleaseResult result = lock.releaseAllHeldBy(FIRST);

    assertThat(result.releasedLocks()).containsExactly("item#" + UPLOADER, "slot#1");
    assertThat(LockTables.contents(dynamoDb, table))
        .containsOnlyKeys("slot#0", "item#" + DASHBOARD);
  }

  @Test
  void releaseAllHeldBy_whenNothingHeld_saysItIsAlreadyGone() {
    var lock = lock(2);
    lock.acquire(DASHBOARD, SECOND, LEASE);

    assertThat(lock.releaseAllHeldBy(FIRST).status()).isEqualTo(ReleaseResult.Status.ALREADY_GONE);
  }

  @Test
  void currentHolder_whenTheLeaseExpired_isAbsent() {
    var lock = lock(1);
    lock.acquire(UPLOADER, FIRST, LEASE);

    clock.advance(Duration.ofSeconds(LEASE_SECONDS + 1));

    assertThat(lock.currentHolder(UPLOADER)).isEmpty();
  }

  @Test
  void currentHolder_whenNeverLocked_isAbsent() {
    assertThat(lock(1).currentHolder(UPLOADER)).isEmpty();
  }

  @Test
  void currentHolder_whenTheItemWasNotWrittenByTheLock_failsPermanently() {
    dynamoDb.putItem(
        request ->
            request
                .tableName(table)
                .item(
                    Map.of(
                        "lockId", AttributeValue.fromS("item#" + UPLOADER),
                        "owner", AttributeValue.fromS(FIRST.value()))));

    assertThatThrownBy(() -> lock(1).currentHolder(UPLOADER))
        .isInstanceOf(PermanentException.class)
        .hasMessage(
            "lock item item#"
                + UPLOADER
                + " was not written by kiro-worker: it has no string attribute 'workItemId'."
                + " Delete the item from the lock table; only this lock should write to it.");
  }

  @Test
  void acquire_whenTheTableIsMissing_failsPermanently(AwsEmulators aws) {
    String missing = aws.uniqueName("no-such-table");
    var lock = new DynamoDbLock(dynamoDb, LockSettings.of(missing), clock);

    assertThatThrownBy(() -> lock.acquire(UPLOADER, FIRST, LEASE))
        .isInstanceOf(PermanentException.class)
        .hasMessageStartingWith("cannot read the slots in lock table '" + missing + "'")
        .hasMessageContaining("the table does not exist");
  }

  @Test
  void create_usesTheSystemClock() {
    var lock = DynamoDbLock.create(dynamoDb, new LockSettings(table, 2));

    AcquireResult result = lock.acquire(UPLOADER, FIRST, LEASE);

    long now = Instant.now().getEpochSecond();
    assertThat(result.expiresAt()).isBetween(now + LEASE_SECONDS - 5, now + LEASE_SECONDS);
    assertThat(lock.settings().slots()).isEqualTo(2);
  }

  private DynamoDbLock lock(int slots) {
    return new DynamoDbLock(dynamoDb, new LockSettings(table, slots), clock);
  }

  private void putRaw(LockRecord record) {
    dynamoDb.putItem(request -> request.tableName(table).item(LockItems.toItem(record)));
  }

  static ExecutionArn execution(String name) {
    return ExecutionArn.of("arn:aws:states:us-east-1:123456789012:execution:kiro-worker:" + name);
  }
}
