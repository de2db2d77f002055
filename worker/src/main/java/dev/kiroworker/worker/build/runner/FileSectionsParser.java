package dev.kiroworker.worker.build.runner;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the buildspec's {@code reports:} and {@code artifacts:} sections. Paths must stay inside
 * the source folder: absolute paths and {@code ..} segments are refused here, symbolic links are
 * checked when the files are copied.
 */
final class FileSectionsParser {

  /** CodeBuild's limit on report groups per project. */
  static final int MAX_REPORT_GROUPS = 5;

  private static final Set<String> REPORT_KEYS =
      Set.of("files", "base-directory", "discard-paths", "file-format");
  private static final Set<String> ARTIFACT_KEYS =
      Set.of(
          "files",
          "name",
          "discard-paths",
          "base-directory",
          "exclude-paths",
          "enable-symlinks",
          "s3-prefix",
          "secondary-artifacts");
  private static final Set<String> FORMATS =
      Set.of(
          "CUCUMBERJSON",
          "JUNITXML",
          "NUNITXML",
          "NUNIT3XML",
          "TESTNGXML",
          "VISUALSTUDIOTRX",
          "CLOVERXML",
          "COBERTURAXML",
          "JACOCOXML",
          "SIMPLECOV");

  private final YamlReader reader;
  private final List<String> warnings;

  FileSectionsParser(YamlReader reader, List<String> warnings) {
    this.reader = reader;
    this.warnings = warnings;
  }

  List<ReportGroup> reports(JsonNode reports) {
    List<ReportGroup> groups = new ArrayList<>();
    if (reports.isMissingNode() || !reader.isMapping(reports, "reports")) {
      return groups;
    }
    if (reports.size() > MAX_REPORT_GROUPS) {
      reader.problem("reports", "CodeBuild allows at most " + MAX_REPORT_GROUPS + " report groups");
    }
    for (Map.Entry<String, JsonNode> group : iterable(reports)) {
      String at = "reports." + group.getKey();
      JsonNode body = group.getValue();
      if (!reader.isMapping(body, at)) {
        continue;
      }
      reader.onlyKnownKeys(body, at, REPORT_KEYS);
      String format = "JUNITXML";
      if (body.has("file-format")) {
        format =
            reader
                .scalar(body.get("file-format"), at + ".file-format")
                .map(value -> value.toUpperCase(Locale.ROOT))
                .orElse(format);
        if (!FORMATS.contains(format)) {
          reader.problem(
              at + ".file-format", "must be one of " + FORMATS.stream().sorted().toList());
        }
      }
      groups.add(new ReportGroup(group.getKey(), selection(body, at, false), format));
    }
    return groups;
  }

  Optional<ArtifactsSpec> artifacts(JsonNode artifacts) {
    if (artifacts.isMissingNode() || !reader.isMapping(artifacts, "artifacts")) {
      return Optional.empty();
    }
    reader.onlyKnownKeys(artifacts, "artifacts", ARTIFACT_KEYS);
    for (String ignored : List.of("enable-symlinks", "s3-prefix", "secondary-artifacts")) {
      if (artifacts.has(ignored)) {
        warnings.add("artifacts." + ignored + " is ignored: local artifacts are plain files");
      }
    }
    Optional<String> name = Optional.empty();
    if (artifacts.has("name")) {
      name = reader.scalar(artifacts.get("name"), "artifacts.name");
      name.filter(FileSectionsParser::substitutesCommands)
          .ifPresent(
              value ->
                  reader.problem(
                      "artifacts.name",
                      "command substitution ($(...) or backticks) is not supported locally;"
                          + " use $VARIABLE references only"));
    }
    return Optional.of(new ArtifactsSpec(selection(artifacts, "artifacts", true), name));
  }

  private FileSelection selection(JsonNode body, String at, boolean withExcludes) {
    List<String> files = List.of();
    if (body.has("files")) {
      files = reader.scalarOrList(body.get("files"), at + ".files");
      checkPaths(files, at + ".files");
    } else {
      reader.problem(at + ".files", "is required; list the files as paths or globs");
    }
    Optional<String> base = Optional.empty();
    if (body.has("base-directory")) {
      base = reader.scalar(body.get("base-directory"), at + ".base-directory");
      checkPaths(base.stream().toList(), at + ".base-directory");
    }
    boolean discard =
        body.has("discard-paths") && reader.yesNo(body.get("discard-paths"), at + ".discard-paths");
    List<String> excludes = List.of();
    if (withExcludes && body.has("exclude-paths")) {
      excludes = reader.scalarOrList(body.get("exclude-paths"), at + ".exclude-paths");
      checkPaths(excludes, at + ".exclude-paths");
    }
    return new FileSelection(files, base, discard, excludes);
  }

  private void checkPaths(List<String> paths, String location) {
    for (String path : paths) {
      String normal = path.replace('\\', '/');
      if (normal.isBlank()) {
        reader.problem(location, "an empty path matches nothing");
      } else if (normal.startsWith("/")) {
        reader.problem(
            location, "'" + path + "' is absolute; give it relative to the source folder");
      } else if (List.of(normal.split("/")).contains("..")) {
        reader.problem(location, "'" + path + "' leaves the source folder with '..'");
      }
    }
  }

  private static boolean substitutesCommands(String value) {
    return value.contains("$(") || value.contains("`");
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode mapping) {
    return mapping::fields;
  }
}
