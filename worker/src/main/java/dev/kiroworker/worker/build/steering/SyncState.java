package dev.kiroworker.worker.build.steering;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The content of {@code .kiro/steering/.kiro-worker-steering.json}: the pack version last synced,
 * the hash of every file the sync wrote, and the files the team pinned.
 */
record SyncState(String packVersion, Map<String, FileHash> files, List<String> pinned) {

  SyncState {
    if (packVersion == null || packVersion.isBlank()) {
      throw new IllegalArgumentException("packVersion is missing");
    }
    files = new TreeMap<>(files == null ? Map.of() : files);
    pinned = pinned == null ? List.of() : pinned.stream().sorted().distinct().toList();
  }
}
