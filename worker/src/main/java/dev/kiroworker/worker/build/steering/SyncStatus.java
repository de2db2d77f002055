package dev.kiroworker.worker.build.steering;

/** What the sync did with one pack file. */
public enum SyncStatus {
  /** The target had no such file; the pack's file was written. */
  ADDED,
  /** The target had the file as the sync last wrote it; the newer pack file replaced it. */
  UPDATED,
  /** The target's file already matches the pack. */
  UNCHANGED,
  /** The target's file belongs to the team and was left as it is. */
  PINNED;

  /** Whether the sync writes the pack's file for this status. */
  boolean writes() {
    return this == ADDED || this == UPDATED;
  }
}
