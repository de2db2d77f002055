package dev.kiroworker.worker.build.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where a test command leaves a report: a glob relative to a base folder, usually the repository
 * root. Globs use Java's syntax: {@code *} stays within a folder, {@code **} crosses folders.
 *
 * @param base the folder the glob is relative to
 * @param glob such as {@code target/surefire-reports/TEST-*.xml}
 */
record ReportPattern(Path base, String glob) {

  /** Folders never searched: dependencies and git's own data hold no reports of this build. */
  private static final Set<String> SKIPPED_FOLDERS = Set.of("node_modules", ".git");

  /** Deeper than any real report folder; bounds the walk in a hostile tree. */
  private static final int MAX_DEPTH = 24;

  ReportPattern {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(glob, "glob");
  }

  /** A pattern relative to {@code base}. */
  static ReportPattern of(Path base, String glob) {
    return new ReportPattern(base, glob);
  }

  /**
   * The files (or links) matching the glob, nearest the base first, then by path. Symbolic links to
   * folders are not followed; links to files are returned as links for the caller to check.
   */
  List<Path> find() {
    if (!Files.isDirectory(base)) {
      return List.of();
    }
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          base,
          Set.of(),
          MAX_DEPTH,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
              Path name = dir.getFileName();
              return !dir.equals(base) && name != null && SKIPPED_FOLDERS.contains(name.toString())
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              if (!attributes.isDirectory() && matcher.matches(base.relativize(file))) {
                found.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              // An unreadable folder holds nothing we can copy; keep looking elsewhere.
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot search " + base + " for " + glob, e);
    }
    found.sort(
        Comparator.comparingInt((Path file) -> base.relativize(file).getNameCount())
            .thenComparing(file -> base.relativize(file).toString()));
    return found;
  }

  @Override
  public String toString() {
    return glob;
  }
}
