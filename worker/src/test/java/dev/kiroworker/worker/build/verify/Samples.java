package dev.kiroworker.worker.build.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

/** Copies of the sample target projects in {@code test-fixtures/targets/}, for one test each. */
final class Samples {

  private Samples() {}

  /** The repository root: surefire's {@code kiro.repo.root}, else found by walking up. */
  static Path repoRoot() {
    String property = System.getProperty("kiro.repo.root");
    if (property != null && !property.isBlank() && Files.isDirectory(Path.of(property))) {
      return Path.of(property);
    }
    Path folder = Path.of("").toAbsolutePath();
    while (folder != null && !Files.isDirectory(folder.resolve("test-fixtures/targets"))) {
      folder = folder.getParent();
    }
    if (folder == null) {
      throw new IllegalStateException("no test-fixtures/targets above the working directory");
    }
    return folder;
  }

  /** A copy of the sample {@code name} at {@code target}. */
  static Path copy(String name, Path target) {
    Path source = repoRoot().resolve("test-fixtures/targets").resolve(name);
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path copy = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code text} to {@code relative} under {@code root}, creating folders. */
  static Path write(Path root, String relative, String text) {
    try {
      Path file = root.resolve(relative);
      Files.createDirectories(file.getParent());
      return Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Appends {@code text} to {@code relative} under {@code root}. */
  static void append(Path root, String relative, String text) {
    try {
      Files.writeString(root.resolve(relative), text, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces {@code from} with {@code to} in {@code relative}, failing if it is not there. */
  static void replace(Path root, String relative, String from, String to) {
    try {
      Path file = root.resolve(relative);
      String text = Files.readString(file);
      if (!text.contains(from)) {
        throw new IllegalStateException(relative + " does not contain " + from);
      }
      Files.writeString(file, text.replace(from, to));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
