package dev.kiroworker.worker.build.steering;

import java.util.List;

/**
 * The outcome of one sync: the pack version, one entry per pack file, and whether anything in the
 * target was written (the caller commits only then).
 */
public record SyncReport(String packVersion, List<SyncEntry> entries, boolean changed) {

  public SyncReport {
    entries = List.copyOf(entries);
  }

  /** The names of the files that ended with {@code status}, in pack order. */
  public List<String> files(SyncStatus status) {
    return entries.stream().filter(entry -> entry.status() == status).map(SyncEntry::name).toList();
  }

  /** The entries that were kept because the team owns them. */
  public List<SyncEntry> pinned() {
    return entries.stream().filter(entry -> entry.status() == SyncStatus.PINNED).toList();
  }

  /** One line per file, for the build log. */
  public List<String> describe() {
    return entries.stream().map(SyncEntry::describe).toList();
  }
}
