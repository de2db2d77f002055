package dev.kiroworker.worker.local;

import dev.kiroworker.worker.cli.InvalidInputException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The folder a local run or the demo works in: one the user named (new or empty, and kept), or a
 * temporary one, removed at the end unless asked to keep it.
 */
public final class WorkFolder implements AutoCloseable {

  private final Path path;
  private final boolean remove;
  private final String owner;
  private final PrintStream out;

  private WorkFolder(Path path, boolean remove, String owner, PrintStream out) {
    this.path = path;
    this.remove = remove;
    this.owner = owner;
    this.out = out;
  }

  /**
   * @param owner what the folder is for, one word ("demo", "run"): in the temporary folder's name
   *     and the "kept" line
   * @param given the user's folder, or null for a temporary one
   * @param keep whether to keep a temporary folder
   * @param out where to say that a folder was kept
   */
  public static WorkFolder create(String owner, Path given, boolean keep, PrintStream out) {
    try {
      if (given == null) {
        Path temporary = Files.createTempDirectory("kiro-worker-" + owner + "-");
        return new WorkFolder(temporary, !keep, owner, out);
      }
      Path folder = given.toAbsolutePath();
      if (Files.exists(folder) && !isEmptyFolder(folder)) {
        throw new InvalidInputException(
            "--work-dir " + given + " must be a new or empty folder; earlier builds would clash");
      }
      return new WorkFolder(Files.createDirectories(folder), false, owner, out);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the " + owner + "'s folder", e);
    }
  }

  public Path path() {
    return path;
  }

  @Override
  public void close() {
    if (!remove) {
      out.println();
      out.println("Kept the " + owner + "'s files in " + path);
      return;
    }
    try (Stream<Path> paths = Files.walk(path)) {
      for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(each);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot remove the " + owner + "'s folder " + path, e);
    }
  }

  private static boolean isEmptyFolder(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    }
  }
}
