package dev.kiroworker.handlers.lock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Many threads, each looping acquire, a short critical section, release, with an execution ARN per
 * attempt and a few shared work items. Inside the critical section each thread registers itself as
 * the holder of its slot and its work item with atomic checks: finding someone already there is a
 * violation, as is the table naming anyone else as the work item's holder.
 */
final class ContentionRun {

  static final Lease LEASE = Lease.of(Duration.ofMinutes(30), Duration.ofMinutes(5));

  private final DynamoDbLock lock;
  private final int slots;
  private final List<WorkItemId> workItems;
  private final AtomicReferenceArray<ExecutionArn> slotHolders;
  private final Map<WorkItemId, ExecutionArn> itemHolders = new ConcurrentHashMap<>();
  private final AtomicInteger concurrent = new AtomicInteger();
  private final AtomicInteger maxConcurrent = new AtomicInteger();
  private final AtomicIntegerArray acquiredPerSlot;
  private final LongAdder attempts = new LongAdder();
  private final LongAdder workItemBusy = new LongAdder();
  private final LongAdder allSlotsBusy = new LongAdder();
  private final List<String> violations = new ArrayList<>();

  /** What a run saw. */
  record Tally(
      int threads,
      long attempts,
      long acquired,
      long workItemBusy,
      long allSlotsBusy,
      int maxConcurrent,
      List<Integer> acquiredPerSlot,
      List<String> violations,
      Duration duration) {}

  ContentionRun(DynamoDbLock lock, List<WorkItemId> workItems) {
    this.lock = lock;
    this.slots = lock.settings().slots();
    this.workItems = List.copyOf(workItems);
    this.slotHolders = new AtomicReferenceArray<>(slots);
    this.acquiredPerSlot = new AtomicIntegerArray(slots);
  }

  Tally run(int threads, int attemptsPerThread) throws Exception {
    var start = new CyclicBarrier(threads);
    long began = System.nanoTime();
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<?>> loops = new ArrayList<>();
      for (int thread = 0; thread < threads; thread++) {
        int id = thread;
        loops.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int attempt = 0; attempt < attemptsPerThread; attempt++) {
                    attempt(id, attempt);
                  }
                  return null;
                }));
      }
      for (Future<?> loop : loops) {
        loop.get(2, TimeUnit.MINUTES);
      }
    }
    Duration duration = Duration.ofNanos(System.nanoTime() - began);
    List<Integer> perSlot = new ArrayList<>();
    for (int slot = 0; slot < slots; slot++) {
      perSlot.add(acquiredPerSlot.get(slot));
    }
    synchronized (violations) {
      return new Tally(
          threads,
          attempts.sum(),
          perSlot.stream().mapToLong(Integer::longValue).sum(),
          workItemBusy.sum(),
          allSlotsBusy.sum(),
          maxConcurrent.get(),
          perSlot,
          List.copyOf(violations),
          duration);
    }
  }

  private void attempt(int thread, int attempt) {
    attempts.increment();
    ExecutionArn owner = DynamoDbLockTest.execution("t" + thread + "-a" + attempt);
    WorkItemId workItem = workItems.get((thread * 7 + attempt) % workItems.size());
    AcquireResult result = lock.acquire(workItem, owner, LEASE);
    switch (result.status()) {
      case ACQUIRED -> holdAndRelease(workItem, owner, result.slot());
      case WORK_ITEM_BUSY -> workItemBusy.increment();
      case ALL_SLOTS_BUSY -> allSlotsBusy.increment();
    }
  }

  private void holdAndRelease(WorkItemId workItem, ExecutionArn owner, int slot) {
    acquiredPerSlot.incrementAndGet(slot);
    check(slotHolders.compareAndSet(slot, null, owner), owner + " shares slot " + slot);
    check(itemHolders.putIfAbsent(workItem, owner) == null, owner + " shares " + workItem);
    int holders = concurrent.incrementAndGet();
    maxConcurrent.accumulateAndGet(holders, Math::max);
    check(holders <= slots, holders + " holders at once with " + slots + " slots");
    // The critical section: the table itself must name this execution as the holder.
    Optional<ExecutionArn> recorded = lock.currentHolder(workItem).map(LockRecord::owner);
    check(recorded.equals(Optional.of(owner)), "table names " + recorded + " instead of " + owner);
    concurrent.decrementAndGet();
    itemHolders.remove(workItem, owner);
    slotHolders.compareAndSet(slot, owner, null);
    ReleaseResult release = lock.release(workItem, owner);
    check(release.released(), owner + " could not release: " + release.reason());
  }

  private void check(boolean holds, String violation) {
    if (!holds) {
      synchronized (violations) {
        violations.add(violation);
      }
    }
  }
}
