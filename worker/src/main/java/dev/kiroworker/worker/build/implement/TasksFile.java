package dev.kiroworker.worker.build.implement;

import dev.kiroworker.worker.build.BuildInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The spec's {@code tasks.md} in the clone. Only the worker writes it: after each agent run the
 * text read before the run is put back (then ticked), so whatever the agent did to the file is
 * undone. The file is replaced rather than written through, so a symbolic link the agent left in
 * its place cannot send the write elsewhere.
 */
final class TasksFile {

  private final Path clone;
  private final Path file;

  TasksFile(Path clone, String specPath) {
    this.clone = clone;
    this.file = clone.resolve(specPath).resolve("tasks.md");
  }

  Path path() {
    return file;
  }

  /**
   * The file's text.
   *
   * @throws BuildInputException when it is missing, not a regular file, or outside the clone
   */
  String read() {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !insideClone()) {
      throw new BuildInputException(
          clone.relativize(file)
              + " is not a file in the clone "
              + clone
              + "; run kiro-worker build checkout first, and check KIRO_SPEC_PATH or KIRO_BRANCH.");
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BuildInputException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Replaces the file's content with {@code text}, whatever the file has become. */
  void write(String text) {
    try {
      Files.createDirectories(file.getParent());
      if (!insideClone()) {
        throw new BuildInputException(
            "The spec folder of " + file + " now points outside the clone; it was changed.");
      }
      Files.deleteIfExists(file);
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  private boolean insideClone() {
    try {
      return file.getParent().toRealPath().startsWith(clone.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }
}
