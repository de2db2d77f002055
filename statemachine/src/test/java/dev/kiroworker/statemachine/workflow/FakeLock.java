package dev.kiroworker.statemachine.workflow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lock as AcquireLock and ReleaseLock see it: which execution holds which work item. Records
 * every holder so a test can prove that no lock outlives its execution.
 */
final class FakeLock {

  private final Map<String, String> holders = new LinkedHashMap<>();
  private int acquisitions;

  /** Another execution already holds {@code workItemId}. */
  synchronized void heldElsewhere(String workItemId) {
    holders.put(workItemId, "arn:aws:states:eu-west-1:111122223333:execution:other:run-0");
  }

  /** True when {@code execution} now holds {@code workItemId}. */
  synchronized boolean acquire(String workItemId, String execution) {
    String holder = holders.get(workItemId);
    if (holder != null && !holder.equals(execution)) {
      return false;
    }
    holders.put(workItemId, execution);
    acquisitions++;
    return true;
  }

  /** True when something of {@code execution}'s was released. */
  synchronized boolean release(String workItemId, String execution) {
    return holders.remove(workItemId, execution);
  }

  /** The work items {@code execution} still holds. */
  synchronized List<String> heldBy(String execution) {
    return holders.entrySet().stream()
        .filter(entry -> entry.getValue().equals(execution))
        .map(Map.Entry::getKey)
        .toList();
  }

  /** How many acquires succeeded. */
  synchronized int acquisitions() {
    return acquisitions;
  }
}
