package dev.kiroworker.worker.build.steering;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Brings a target repository's {@code .kiro/steering/} up to a {@link SteeringPack} without
 * overwriting what the team changed on purpose. Pure file operations: the caller commits.
 */
public final class SteeringSync {

  private SteeringSync() {}

  /** A sync; it holds no state, so one instance may serve any number of repositories. */
  public static SteeringSync create() {
    return new SteeringSync();
  }

  /**
   * Syncs {@code pack} into {@code repository}: adds missing files, updates files still as the last
   * sync wrote them, keeps pinned and team-edited files, and records the result in the state file.
   */
  public SyncReport sync(SteeringPack pack, Path repository) {
    SteeringTarget target = SteeringTarget.open(repository);
    Optional<SyncState> previous = SyncStateFile.read(target);
    Map<String, FileHash> recorded = previous.map(SyncState::files).orElse(Map.of());
    List<String> pinned = previous.map(SyncState::pinned).orElse(List.of());
    List<SyncEntry> entries = new ArrayList<>();
    Map<String, FileHash> written = new TreeMap<>();
    for (PackFile file : pack.files()) {
      FileHash last = recorded.get(file.name());
      SyncEntry entry = decide(file, target.hashOf(file.name()), last, Set.copyOf(pinned));
      if (entry.status().writes()) {
        target.write(file.name(), file.content());
      }
      if (entry.status() != SyncStatus.PINNED) {
        written.put(file.name(), new FileHash(file.sha256()));
      } else if (last != null) {
        // Keep the hash the sync last wrote, so the file still counts as the team's next time.
        written.put(file.name(), last);
      }
      entries.add(entry);
    }
    boolean stateWritten =
        SyncStateFile.write(target, new SyncState(pack.version(), written, pinned));
    return new SyncReport(pack.version(), entries, stateWritten);
  }

  /** {@code chore(steering): sync pack <version>}, with a body naming what changed and was kept. */
  public static String commitMessage(SyncReport report) {
    StringBuilder message =
        new StringBuilder("chore(steering): sync pack ").append(report.packVersion()).append('\n');
    appendFiles(message, "added", report.files(SyncStatus.ADDED));
    appendFiles(message, "updated", report.files(SyncStatus.UPDATED));
    appendFiles(message, "kept", report.pinned().stream().map(SteeringSync::kept).toList());
    return message.toString();
  }

  private static SyncEntry decide(
      PackFile file, Optional<String> current, FileHash last, Set<String> pinned) {
    String name = file.name();
    if (pinned.contains(name)) {
      return new SyncEntry(name, SyncStatus.PINNED, SyncEntry.LISTED_AS_PINNED);
    }
    if (current.isEmpty()) {
      return SyncEntry.of(name, SyncStatus.ADDED);
    }
    if (current.get().equals(file.sha256())) {
      return SyncEntry.of(name, SyncStatus.UNCHANGED);
    }
    if (last == null) {
      return new SyncEntry(name, SyncStatus.PINNED, SyncEntry.TEAM_OWN_FILE);
    }
    if (current.get().equals(last.sha256())) {
      return SyncEntry.of(name, SyncStatus.UPDATED);
    }
    return new SyncEntry(name, SyncStatus.PINNED, SyncEntry.EDITED_BY_TEAM);
  }

  private static String kept(SyncEntry entry) {
    return entry.name() + " (" + entry.reason() + ")";
  }

  private static void appendFiles(StringBuilder message, String label, List<String> files) {
    if (!files.isEmpty()) {
      message.append('\n').append(label).append(": ").append(String.join(", ", files));
    }
  }
}
