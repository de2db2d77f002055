package dev.kiroworker.handlers.discovery;

/** Whether a run holds a board item's lock right now; an expired lock is not held. */
@FunctionalInterface
public interface LiveLocks {

  /** Whether a live lock guards the item with node id {@code projectItemId}. */
  boolean isHeld(String projectItemId);
}
