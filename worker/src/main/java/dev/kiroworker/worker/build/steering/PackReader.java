package dev.kiroworker.worker.build.steering;

import dev.kiroworker.handlers.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** Reads a pack's manifest and files from any source and checks each file against its hash. */
final class PackReader {

  private PackReader() {}

  /**
   * Reads the pack at {@code where}; {@code source} returns a file's bytes by name, or empty when
   * it is missing; {@code folderFiles} lists the folder's files when the source can be listed.
   */
  static SteeringPack read(
      String where, Function<String, Optional<byte[]>> source, Optional<Set<String>> folderFiles) {
    byte[] manifestBytes =
        source
            .apply(Manifest.FILE_NAME)
            .orElseThrow(
                () ->
                    new SteeringPackException(
                        "the steering pack at " + where + " has no manifest.json"));
    Manifest manifest = parse(where, manifestBytes);
    List<String> problems = new ArrayList<>();
    List<PackFile> files = new ArrayList<>();
    for (Map.Entry<String, FileHash> entry : manifest.files().entrySet()) {
      check(entry.getKey(), entry.getValue().sha256(), source, problems).ifPresent(files::add);
    }
    folderFiles.ifPresent(names -> problems.addAll(unlisted(names, manifest)));
    if (!problems.isEmpty()) {
      throw SteeringPackException.listing(where, problems);
    }
    return new SteeringPack(manifest.version(), files);
  }

  private static Manifest parse(String where, byte[] bytes) {
    try {
      return JsonMapper.shared().readValue(bytes, Manifest.class);
    } catch (IOException e) {
      throw new SteeringPackException(
          "the manifest.json of the steering pack at %s is invalid: %s"
              .formatted(where, JsonProblem.describe(e)));
    }
  }

  private static Optional<PackFile> check(
      String name,
      String expected,
      Function<String, Optional<byte[]>> source,
      List<String> problems) {
    if (!PackFile.isValidName(name)) {
      problems.add(
          name + ": not a plain .md file name; pack files must stay inside .kiro/steering/");
      return Optional.empty();
    }
    Optional<byte[]> content = source.apply(name);
    if (content.isEmpty()) {
      problems.add(name + ": listed in manifest.json but missing from the pack");
      return Optional.empty();
    }
    String actual = FileHash.sha256Of(content.get());
    if (!actual.equals(expected)) {
      problems.add(
          "%s: sha256 is %s but manifest.json says %s; update the manifest after editing a file"
              .formatted(name, actual, expected));
      return Optional.empty();
    }
    return Optional.of(new PackFile(name, actual, content.get()));
  }

  private static List<String> unlisted(Set<String> folderFiles, Manifest manifest) {
    Set<String> extra = new TreeSet<>(folderFiles);
    extra.remove(Manifest.FILE_NAME);
    extra.removeAll(manifest.files().keySet());
    return extra.stream()
        .map(name -> name + ": in the pack folder but not listed in manifest.json")
        .toList();
  }
}
