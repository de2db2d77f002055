package dev.kiroworker.worker.build.steering;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes a steering pack folder with a correct manifest, for tests that need packs on disk. */
final class PackFolder {

  private final Path folder;
  private final Map<String, String> files = new LinkedHashMap<>();

  private PackFolder(Path folder) {
    this.folder = folder;
  }

  static PackFolder in(Path folder) {
    return new PackFolder(folder);
  }

  PackFolder file(String name, String content) {
    files.put(name, content);
    return this;
  }

  /** Writes the files and a manifest listing their true hashes, and returns the folder. */
  Path write(String version) {
    try {
      Files.createDirectories(folder);
      for (Map.Entry<String, String> file : files.entrySet()) {
        Files.writeString(folder.resolve(file.getKey()), file.getValue());
      }
      Files.writeString(folder.resolve(Manifest.FILE_NAME), manifest(version));
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the files and loads them as a pack. */
  SteeringPack load(String version) {
    return SteeringPack.load(write(version));
  }

  private String manifest(String version) {
    String entries =
        files.entrySet().stream()
            .map(
                file ->
                    "\"%s\": {\"sha256\": \"%s\"}"
                        .formatted(
                            file.getKey(),
                            FileHash.sha256Of(file.getValue().getBytes(StandardCharsets.UTF_8))))
            .collect(Collectors.joining(", "));
    return "{\"version\": \"%s\", \"files\": {%s}}".formatted(version, entries);
  }
}
