package dev.kiroworker.worker.local.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.handlers.discovery.DynamoDbLiveLocks;
import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.handlers.lock.AcquireResult;
import dev.kiroworker.handlers.lock.DynamoDbLock;
import dev.kiroworker.handlers.lock.ExecutionArn;
import dev.kiroworker.handlers.lock.Lease;
import dev.kiroworker.handlers.lock.LockSettings;
import dev.kiroworker.handlers.lock.ReleaseResult;
import dev.kiroworker.handlers.lock.WorkItemId;
import dev.kiroworker.testsupport.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The handlers' real {@link DynamoDbLock} on the embedded DynamoDB, as local mode runs it. */
class EmbeddedDynamoDbLockTest {

  static final ExecutionArn FIRST = execution("run-1");
  static final ExecutionArn SECOND = execution("run-2");
  static final WorkItemId UPLOADER = WorkItemId.of("PVTI_lADOBa7Qz84AkR2szgTx0Ys");
  static final WorkItemId DASHBOARD = WorkItemId.of("PVTI_lADOBa7Qz84AkR2szgTx0Zt");
  static final Lease LEASE = Lease.of(Duration.ofMinutes(60), Duration.ofMinutes(15));
  private static final AtomicInteger TABLES = new AtomicInteger();

  private static EmbeddedAws aws;
  private final ManualClock clock = new ManualClock(Instant.parse("2025-03-14T09:00:00Z"));
  private String table;

  @BeforeAll
  static void startStandIn() {
    aws = EmbeddedAws.start();
  }

  @AfterAll
  static void stopStandIn() {
    aws.close();
  }

  @BeforeEach
  void createLockTable() {
    table = "locks-" + TABLES.incrementAndGet();
    aws.dynamoDb()
        .createTable(
            request ->
                request
                    .tableName(table)
                    .billingMode("PAY_PER_REQUEST")
                    .attributeDefinitions(
                        AttributeDefinition.builder()
                            .attributeName("lockId")
                            .attributeType(ScalarAttributeType.S)
                            .build())
                    .keySchema(
                        KeySchemaElement.builder()
                            .attributeName("lockId")
                            .keyType(KeyType.HASH)
                            .build()));
  }

  @Test
  void acquire_whenFree_takesTheSlotAndTheWorkItemUntilTheLeaseEnds() {
    var lock = lock(1);

    AcquireResult result = lock.acquire(UPLOADER, FIRST, LEASE);

    assertThat(result.status()).isEqualTo(AcquireResult.Status.ACQUIRED);
    assertThat(result.expiresAt()).isEqualTo(clock.epochSeconds() + 75 * 60);
    assertThat(lock.currentHolder(UPLOADER)).hasValueSatisfying(r -> r.isHeldBy(FIRST));
    assertThat(new DynamoDbLiveLocks(lock).isHeld(UPLOADER.value())).isTrue();
  }

  @Test
  void acquire_whenSlotHeldByAnotherExecution_returnsBusy() {
    var lock = lock(1);
    lock.acquire(UPLOADER, FIRST, LEASE);

    AcquireResult result = lock.acquire(DASHBOARD, SECOND, LEASE);

    assertThat(result.status()).isEqualTo(AcquireResult.Status.ALL_SLOTS_BUSY);
    assertThat(result.heldBy()).containsExactly(FIRST);
  }

  @Test
  void acquire_whenWorkItemRunsInAnotherSlot_returnsWorkItemBusyAndGivesTheSlotBack() {
    var lock = lock(2);
    lock.acquire(UPLOADER, FIRST, LEASE);

    AcquireResult result = lock.acquire(UPLOADER, SECOND, LEASE);

    assertThat(result.status()).isEqualTo(AcquireResult.Status.WORK_ITEM_BUSY);
    assertThat(lock.acquire(DASHBOARD, SECOND, LEASE).acquired()).isTrue();
  }

  @Test
  void acquire_afterTheLeaseRanOut_takesOverTheStaleLock() {
    var lock = lock(1);
    lock.acquire(UPLOADER, FIRST, LEASE);
    clock.advance(Duration.ofMinutes(76));

    AcquireResult result = lock.acquire(DASHBOARD, SECOND, LEASE);

    assertThat(result.acquired()).isTrue();
    assertThat(lock.currentHolder(UPLOADER)).isEmpty();
  }

  @Test
  void release_byTheOwner_freesTheLockAndASecondReleaseFindsNothing() {
    var lock = lock(1);
    lock.acquire(UPLOADER, FIRST, LEASE);

    ReleaseResult first = lock.release(UPLOADER, FIRST);
    ReleaseResult second = lock.release(UPLOADER, FIRST);

    assertThat(first.status()).isEqualTo(ReleaseResult.Status.RELEASED);
    assertThat(first.releasedLocks()).containsExactly("item#" + UPLOADER, "slot#0");
    assertThat(second.status()).isEqualTo(ReleaseResult.Status.ALREADY_GONE);
    assertThat(lock.acquire(DASHBOARD, SECOND, LEASE).acquired()).isTrue();
  }

  @Test
  void release_byAnotherExecution_leavesTheHoldersLockInPlace() {
    var lock = lock(1);
    lock.acquire(UPLOADER, FIRST, LEASE);

    ReleaseResult result = lock.release(UPLOADER, SECOND);

    assertThat(result.status()).isEqualTo(ReleaseResult.Status.HELD_BY_ANOTHER);
    assertThat(lock.currentHolder(UPLOADER)).hasValueSatisfying(r -> r.isHeldBy(FIRST));
  }

  @Test
  void acquire_byManyExecutionsAtOnce_grantsTheOnlySlotToExactlyOne() throws Exception {
    var lock = lock(1);
    int executions = 16;
    var start = new CyclicBarrier(executions);
    List<Future<AcquireResult>> results = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(executions)) {
      for (int i = 0; i < executions; i++) {
        var owner = execution("race-" + i);
        var item = WorkItemId.of("PVTI_race" + i);
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return lock.acquire(item, owner, LEASE);
                }));
      }
      long acquired = 0;
      for (Future<AcquireResult> result : results) {
        acquired += result.get().acquired() ? 1 : 0;
      }
      assertThat(acquired).isEqualTo(1);
    }
  }

  @Test
  void acquire_onAMissingTable_isAPermanentErrorNamingTheTable() {
    var lock = new DynamoDbLock(aws.dynamoDb(), new LockSettings("no-such-table", 1), clock);

    assertThatThrownBy(() -> lock.acquire(UPLOADER, FIRST, LEASE))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("no-such-table")
        .hasMessageContaining("does not exist");
  }

  private DynamoDbLock lock(int slots) {
    return new DynamoDbLock(aws.dynamoDb(), new LockSettings(table, slots), clock);
  }

  static ExecutionArn execution(String name) {
    return ExecutionArn.of("arn:aws:states:us-east-1:123456789012:execution:kiro-worker:" + name);
  }
}
