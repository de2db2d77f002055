package dev.kiroworker.worker.build.steering;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A versioned set of steering files whose every hash has been checked against its manifest. Obtain
 * one with {@link #fromClasspath()} (the pack inside the kiro-worker jar) or {@link #load(Path)} (a
 * pack folder on disk).
 */
public record SteeringPack(String version, List<PackFile> files) {

  /** Where the pack shipped with kiro-worker sits on the class path. */
  static final String CLASSPATH_FOLDER = "/steering-pack/";

  public SteeringPack {
    if (version == null || version.isBlank()) {
      throw new IllegalArgumentException("a steering pack needs a version");
    }
    files = List.copyOf(files);
  }

  /** The pack shipped inside the kiro-worker jar. */
  public static SteeringPack fromClasspath() {
    return fromClasspath(CLASSPATH_FOLDER);
  }

  static SteeringPack fromClasspath(String folder) {
    // A jar's folders cannot be listed portably, so the manifest names the files to read.
    return PackReader.read(
        "classpath:" + folder, name -> readResource(folder + name), Optional.empty());
  }

  /**
   * The pack in {@code folder}: a {@code manifest.json} and the files it lists. Every other file in
   * the folder is an error, so a file added without a manifest entry cannot ship unnoticed.
   */
  public static SteeringPack load(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new SteeringPackException(
          "the steering pack folder " + folder + " does not exist or is not a folder");
    }
    return PackReader.read(
        folder.toString(), name -> readFile(folder.resolve(name)), Optional.of(list(folder)));
  }

  /** The file called {@code name}, if the pack has one. */
  public Optional<PackFile> file(String name) {
    return files.stream().filter(file -> file.name().equals(name)).findFirst();
  }

  private static Optional<byte[]> readResource(String path) {
    try (InputStream in = SteeringPack.class.getResourceAsStream(path)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new SteeringPackException("cannot read the pack resource " + path + ": " + e);
    }
  }

  private static Optional<byte[]> readFile(Path file) {
    try {
      return Optional.of(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new SteeringPackException("cannot read the pack file " + file + ": " + e);
    }
  }

  private static Set<String> list(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.map(path -> path.getFileName().toString()).collect(Collectors.toSet());
    } catch (IOException e) {
      throw new SteeringPackException("cannot list the pack folder " + folder + ": " + e);
    }
  }
}
