package dev.kiroworker.worker.build.runner;

import java.util.List;
import java.util.Optional;

/**
 * The files of a report group or of the artifacts: glob patterns relative to the base directory
 * (the source folder when none is given), patterns to leave out, and whether folders are dropped.
 *
 * @param baseDirectory relative to the source folder; may name several folders with a glob, and may
 *     use {@code $VAR} references, expanded at the end of the build
 */
public record FileSelection(
    List<String> files,
    Optional<String> baseDirectory,
    boolean discardPaths,
    List<String> excludePaths) {

  public FileSelection {
    files = List.copyOf(files);
    excludePaths = List.copyOf(excludePaths);
  }
}
