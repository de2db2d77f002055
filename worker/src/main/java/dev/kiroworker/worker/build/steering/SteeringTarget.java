package dev.kiroworker.worker.build.steering;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The {@code .kiro/steering/} folder of a target repository: the only place the sync reads and
 * writes. Refuses symbolic links on the way so nothing is written outside the repository.
 */
final class SteeringTarget {

  static final String FOLDER = ".kiro/steering";

  private final Path folder;

  private SteeringTarget(Path folder) {
    this.folder = folder;
  }

  /** The steering folder of {@code repository}, created when missing. */
  static SteeringTarget open(Path repository) {
    if (!Files.isDirectory(repository)) {
      throw new SteeringSyncException(
          "the target repository " + repository + " does not exist or is not a folder");
    }
    Path kiro = folderIn(repository, ".kiro");
    return new SteeringTarget(folderIn(kiro, "steering"));
  }

  /** The SHA-256 of the steering file {@code name}, or empty when there is none. */
  Optional<String> hashOf(String name) {
    return read(name).map(FileHash::sha256Of);
  }

  /** The bytes of the steering file {@code name}, or empty when there is none. */
  Optional<byte[]> read(String name) {
    Path file = resolve(name);
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new SteeringSyncException(
          "%s is not a regular file; remove it or replace it with a plain file".formatted(file));
    }
    try {
      return Optional.of(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new SteeringSyncException("cannot read " + file + ": " + e, e);
    }
  }

  /** Replaces the steering file {@code name} with {@code content}. */
  void write(String name, byte[] content) {
    Path file = resolve(name);
    try {
      Path temporary = Files.createTempFile(folder, ".kiro-worker-", ".tmp");
      Files.write(temporary, content);
      // A rename replaces a symbolic link created since the check instead of following it.
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new SteeringSyncException("cannot write " + file + ": " + e, e);
    }
  }

  /** {@code name} inside the steering folder; refused when it is a link or leaves the folder. */
  Path resolve(String name) {
    Path file = folder.resolve(name).normalize();
    if (!folder.equals(file.getParent())) {
      throw new SteeringSyncException(
          "refusing the steering file name " + name + ": it points outside " + FOLDER);
    }
    refuseLink(file);
    return file;
  }

  private static Path folderIn(Path parent, String name) {
    Path folder = parent.resolve(name);
    refuseLink(folder);
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new SteeringSyncException(
          "cannot create the folder %s: %s; it must be a folder, not a file".formatted(folder, e),
          e);
    }
    return folder;
  }

  private static void refuseLink(Path path) {
    if (Files.isSymbolicLink(path)) {
      throw new SteeringSyncException(
          "refusing to write through the symbolic link %s; replace it with a plain %s"
              .formatted(path, Files.isDirectory(path) ? "folder" : "file"));
    }
  }
}
