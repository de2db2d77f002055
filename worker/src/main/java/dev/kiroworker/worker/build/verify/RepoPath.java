package dev.kiroworker.worker.build.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Paths and globs the repository's own configuration names: relative to its root, with no way out
 * of it. The repository was just changed by an agent, so a path that leaves it (by {@code ..}, an
 * absolute path or a symbolic link) is refused rather than followed.
 */
final class RepoPath {

  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

  private RepoPath() {}

  /**
   * Why {@code pattern} is not an acceptable relative path or glob, or empty when it is.
   *
   * @param pattern a path such as {@code target/site/jacoco/jacoco.xml} or a glob such as {@code
   *     build/test-results/**.xml}
   */
  static Optional<String> problem(String pattern) {
    if (pattern.isBlank()) {
      return Optional.of("is empty; give a path relative to the repository root");
    }
    if (CONTROL.matcher(pattern).find()) {
      return Optional.of("contains a control character");
    }
    if (pattern.startsWith("/") || pattern.startsWith("~") || DRIVE.matcher(pattern).matches()) {
      return Optional.of("is absolute; give a path relative to the repository root");
    }
    if (pattern.contains("\\")) {
      return Optional.of("contains a backslash; separate folders with /");
    }
    for (String segment : pattern.split("/", -1)) {
      if (segment.equals("..")) {
        return Optional.of("contains '..'; paths may not leave the repository");
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code file}, with every symbolic link resolved, is a regular file inside {@code root}.
   * A link to {@code /etc/passwd} or to a file of another checkout is not.
   */
  static boolean isFileInside(Path root, Path file) {
    try {
      Path realRoot = root.toRealPath();
      Path real = file.toRealPath();
      return real.startsWith(realRoot) && Files.isRegularFile(real);
    } catch (IOException e) {
      // A dangling link or a file removed meanwhile: nothing to read.
      return false;
    }
  }
}
