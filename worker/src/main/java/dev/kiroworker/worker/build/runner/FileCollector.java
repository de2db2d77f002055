package dev.kiroworker.worker.build.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Copies the files a {@link FileSelection} matches from the source folder into a target folder.
 * Nothing outside the source folder is ever read: folders are walked without following links, a
 * linked file is copied only when its target is inside the source folder, and a base directory that
 * resolves outside it is skipped with a warning.
 */
final class FileCollector {

  private final Path sourceDirectory;
  private final UnaryOperator<String> expand;
  private final Consumer<String> warn;

  /**
   * @param expand expands {@code $VAR} references in a base directory
   * @param warn receives a line for each file or folder left out and why
   */
  FileCollector(Path sourceDirectory, UnaryOperator<String> expand, Consumer<String> warn) {
    this.sourceDirectory = sourceDirectory;
    this.expand = expand;
    this.warn = warn;
  }

  /** Copies the matched files into {@code target}; returns the copies, in sorted order. */
  List<Path> collect(FileSelection selection, Path target) throws IOException {
    Path realSource = sourceDirectory.toRealPath();
    List<GlobPattern> includes = selection.files().stream().map(GlobPattern::of).toList();
    List<GlobPattern> excludes = selection.excludePaths().stream().map(GlobPattern::of).toList();
    Map<Path, String> copied = new HashMap<>();
    for (Path base : baseDirectories(selection, realSource)) {
      for (Path file : files(base)) {
        String relative = slashes(base.relativize(file));
        if (includes.stream().anyMatch(glob -> glob.matches(relative))
            && excludes.stream().noneMatch(glob -> glob.matches(relative))) {
          Path destination =
              selection.discardPaths()
                  ? target.resolve(file.getFileName().toString())
                  : target.resolve(relative);
          copy(file, relative, destination, realSource, copied);
        }
      }
    }
    return copied.keySet().stream().sorted().toList();
  }

  private List<Path> baseDirectories(FileSelection selection, Path realSource) throws IOException {
    if (selection.baseDirectory().isEmpty()) {
      return List.of(realSource);
    }
    String base = expand.apply(selection.baseDirectory().get()).replace('\\', '/');
    if (base.startsWith("/") || List.of(base.split("/")).contains("..")) {
      warn.accept("base-directory '" + base + "' leaves the source folder; skipped");
      return List.of();
    }
    List<Path> candidates = new ArrayList<>();
    if (GlobPattern.isGlob(base)) {
      GlobPattern glob = GlobPattern.of(base);
      int depth = base.split("/").length;
      try (Stream<Path> dirs = Files.walk(realSource, depth)) {
        dirs.filter(Files::isDirectory)
            .filter(dir -> glob.matches(slashes(realSource.relativize(dir))))
            .sorted()
            .forEach(candidates::add);
      }
    } else if (Files.isDirectory(realSource.resolve(base))) {
      candidates.add(realSource.resolve(base));
    }
    List<Path> inside = new ArrayList<>();
    for (Path candidate : candidates) {
      Path real = candidate.toRealPath();
      if (real.startsWith(realSource)) {
        inside.add(real);
      } else {
        warn.accept("base-directory '" + base + "' links outside the source folder; skipped");
      }
    }
    return inside;
  }

  private static List<Path> files(Path base) throws IOException {
    try (Stream<Path> walk = Files.walk(base)) {
      return walk.filter(path -> !Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS))
          .sorted()
          .toList();
    }
  }

  private void copy(
      Path file, String relative, Path destination, Path realSource, Map<Path, String> copied)
      throws IOException {
    Path real;
    try {
      real = file.toRealPath();
    } catch (java.nio.file.NoSuchFileException e) {
      warn.accept("'" + relative + "' is a broken link; not copied");
      return;
    }
    if (!real.startsWith(realSource)) {
      warn.accept("'" + relative + "' links outside the source folder; not copied");
      return;
    }
    if (!Files.isRegularFile(real)) {
      return;
    }
    String earlier = copied.put(destination, relative);
    if (earlier != null) {
      warn.accept(
          "'" + relative + "' and '" + earlier + "' have the same name; the first was replaced");
    }
    Files.createDirectories(destination.getParent());
    Files.copy(real, destination, StandardCopyOption.REPLACE_EXISTING);
  }

  private static String slashes(Path relative) {
    return relative.toString().replace(java.io.File.separatorChar, '/');
  }
}
