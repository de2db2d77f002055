package dev.kiroworker.handlers.lock;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A DynamoDB semaphore: at most N work items run at once (one lock item per slot), and a work item
 * never runs twice at once (one lock item per running work item). The owner is the Step Functions
 * execution; every write is a single-item conditional write. See {@code docs/lock.md}.
 */
public final class DynamoDbLock {

  private final LockTable table;
  private final LockSettings settings;
  private final Clock clock;
  private final List<String> slotKeys;

  /** A lock on {@code settings.tableName()}, reading the time from {@code clock}. */
  public DynamoDbLock(DynamoDbClient client, LockSettings settings, Clock clock) {
    this.table = new LockTable(Objects.requireNonNull(client, "client"), settings.tableName());
    this.settings = settings;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.slotKeys = IntStream.range(0, settings.slots()).mapToObj(LockKeys::slot).toList();
  }

  /** A lock on the system clock. */
  public static DynamoDbLock create(DynamoDbClient client, LockSettings settings) {
    return new DynamoDbLock(client, settings, Clock.systemUTC());
  }

  /**
   * Takes a slot, then the work item's key, for {@code owner} until the lease runs out. Calling it
   * again for the same execution (a retried task) takes the same locks again and extends the lease.
   */
  public AcquireResult acquire(WorkItemId workItem, ExecutionArn owner, Lease lease) {
    Objects.requireNonNull(workItem, "workItem");
    Objects.requireNonNull(owner, "owner");
    long now = now();
    long expiresAt = lease.expiresAt(now);
    Map<String, LockRecord> slots = table.readAll(slotKeys);
    List<Integer> candidates = candidateSlots(slots, owner, now);
    if (candidates.isEmpty()) {
      return busy(workItem, slots, now);
    }
    for (int slot : candidates) {
      var claim = new LockRecord(LockKeys.slot(slot), owner, workItem, slot, now, expiresAt);
      if (table.claim(claim, now)) {
        return claimWorkItem(claim, now);
      }
    }
    // Every slot that looked free was taken between our read and our write.
    return busy(workItem, table.readAll(slotKeys), now);
  }

  /**
   * Releases what {@code owner} holds: the work item's key and its slot, each only if it is still
   * the owner's. Idempotent: a second call finds nothing and says so.
   */
  public ReleaseResult release(WorkItemId workItem, ExecutionArn owner) {
    return releaseHeld(owner, Objects.requireNonNull(workItem, "workItem"));
  }

  /**
   * Releases whatever {@code owner} holds when its work item is not known: its slots, found in the
   * bounded slot range, and the work item keys those slots name.
   */
  public ReleaseResult releaseAllHeldBy(ExecutionArn owner) {
    return releaseHeld(owner, null);
  }

  /**
   * The execution running {@code workItem} now. An expired entry counts as absent: its run died or
   * overran its lease, which is how discovery recognises an abandoned "In Progress" item.
   */
  public Optional<LockRecord> currentHolder(WorkItemId workItem) {
    long now = now();
    return table.read(LockKeys.workItem(workItem)).filter(record -> !record.isExpiredAt(now));
  }

  /** The settings this lock runs with. */
  public LockSettings settings() {
    return settings;
  }

  private AcquireResult claimWorkItem(LockRecord slotClaim, long now) {
    String itemKey = LockKeys.workItem(slotClaim.workItemId());
    if (table.claim(slotClaim.withLockId(itemKey), now)) {
      return AcquireResult.acquired(slotClaim);
    }
    // Give the slot back at once so a busy work item costs no capacity. If this function dies
    // first, the slot (which names the work item) stays until release, cleanup or its expiry.
    table.deleteIfHeldBy(slotClaim.lockId(), slotClaim.owner());
    List<ExecutionArn> holder =
        table.read(itemKey).filter(record -> !record.isExpiredAt(now)).stream()
            .map(LockRecord::owner)
            .toList();
    return AcquireResult.workItemBusy(slotClaim.workItemId(), holder);
  }

  /**
   * Slots worth a conditional write: the owner's own first (a retry), then free or expired ones.
   */
  private List<Integer> candidateSlots(
      Map<String, LockRecord> slots, ExecutionArn owner, long now) {
    return IntStream.range(0, settings.slots())
        .filter(slot -> claimable(slots.get(LockKeys.slot(slot)), owner, now))
        .boxed()
        .sorted(Comparator.comparing(slot -> !heldBy(slots.get(LockKeys.slot(slot)), owner)))
        .toList();
  }

  private static boolean claimable(LockRecord slot, ExecutionArn owner, long now) {
    return slot == null || slot.isExpiredAt(now) || slot.isHeldBy(owner);
  }

  private static boolean heldBy(LockRecord slot, ExecutionArn owner) {
    return slot != null && slot.isHeldBy(owner);
  }

  private AcquireResult busy(WorkItemId workItem, Map<String, LockRecord> slots, long now) {
    List<LockRecord> live =
        slots.values().stream()
            .filter(slot -> !slot.isExpiredAt(now))
            .sorted(Comparator.comparingInt(LockRecord::slot))
            .toList();
    // With every slot taken the item key is never tried, so name the run of the same item here.
    Optional<LockRecord> sameItem =
        live.stream().filter(slot -> slot.workItemId().equals(workItem)).findFirst();
    if (sameItem.isPresent()) {
      return AcquireResult.workItemBusy(workItem, List.of(sameItem.get().owner()));
    }
    return AcquireResult.allSlotsBusy(
        settings.slots(), live.stream().map(LockRecord::owner).toList());
  }

  private ReleaseResult releaseHeld(ExecutionArn owner, WorkItemId named) {
    Objects.requireNonNull(owner, "owner");
    List<LockRecord> ownSlots =
        table.readAll(slotKeys).values().stream()
            .filter(slot -> slot.isHeldBy(owner))
            .sorted(Comparator.comparingInt(LockRecord::slot))
            .toList();
    Set<WorkItemId> workItems = new LinkedHashSet<>();
    if (named != null) {
      workItems.add(named);
    }
    ownSlots.forEach(slot -> workItems.add(slot.workItemId()));
    // Item keys go first: while a slot remains it still names its work item, so a retry or the
    // cleanup event can find the item key again if this function dies half-way.
    List<String> released = new ArrayList<>();
    for (WorkItemId item : workItems) {
      deleteIfHeld(LockKeys.workItem(item), owner, released);
    }
    for (LockRecord slot : ownSlots) {
      deleteIfHeld(slot.lockId(), owner, released);
    }
    if (!released.isEmpty()) {
      return ReleaseResult.released(owner, released);
    }
    return Optional.ofNullable(named)
        .flatMap(item -> table.read(LockKeys.workItem(item)))
        .filter(holder -> !holder.isHeldBy(owner))
        .map(holder -> ReleaseResult.heldByAnother(owner, holder))
        .orElseGet(() -> ReleaseResult.alreadyGone(owner));
  }

  private void deleteIfHeld(String lockId, ExecutionArn owner, List<String> released) {
    if (table.deleteIfHeldBy(lockId, owner)) {
      released.add(lockId);
    }
  }

  private long now() {
    return clock.instant().getEpochSecond();
  }
}
