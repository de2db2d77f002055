package dev.kiroworker.worker.build.steering;

import java.util.Objects;

/** One pack file in a {@link SyncReport}: its name, what happened, and why when it was kept. */
public record SyncEntry(String name, SyncStatus status, String reason) {

  /** The file is listed in the state file's {@code pinned} list. */
  public static final String LISTED_AS_PINNED = "listed as pinned in the state file";

  /** The file differs from both the pack and what the sync last wrote. */
  public static final String EDITED_BY_TEAM = "edited by the team since the last sync";

  /** The file existed before any sync wrote it. */
  public static final String TEAM_OWN_FILE = "the team's own file, never written by kiro-worker";

  public SyncEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    reason = reason == null ? "" : reason;
  }

  /** An entry with no reason, for files that were added, updated or already up to date. */
  static SyncEntry of(String name, SyncStatus status) {
    return new SyncEntry(name, status, "");
  }

  /** {@code "ADDED git-workflow.md"}, with the reason appended for pinned files. */
  public String describe() {
    return reason.isEmpty() ? status + " " + name : status + " " + name + " (" + reason + ")";
  }
}
