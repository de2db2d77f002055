package dev.kiroworker.worker.build.runner;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The local UPLOAD_ARTIFACTS phase: copies each report group's files to {@code
 * <output>/reports/<group>/} and the artifacts to {@code <output>/artifacts/}. It runs whatever way
 * the phases ended, so a failed build still leaves its test reports behind.
 */
final class OutputCollector {

  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");

  private final Buildspec spec;
  private final Path sourceDirectory;
  private final Path outputDirectory;
  private final BuildLog log;
  private final Clock clock;

  OutputCollector(
      Buildspec spec, Path sourceDirectory, Path outputDirectory, BuildLog log, Clock clock) {
    this.spec = spec;
    this.sourceDirectory = sourceDirectory;
    this.outputDirectory = outputDirectory;
    this.log = log;
    this.clock = clock;
  }

  /** What was copied, and the phase's result. */
  record Collected(
      PhaseResult phase,
      List<Path> artifacts,
      Map<String, List<Path>> reports,
      Optional<String> artifactName) {}

  static Path artifactsDirectory(Path outputDirectory) {
    return outputDirectory.resolve("artifacts");
  }

  /** Report group names may be ARNs; the folder gets a name safe on any file system. */
  static Path reportDirectory(Path outputDirectory, String group) {
    return outputDirectory.resolve("reports").resolve(UNSAFE.matcher(group).replaceAll("_"));
  }

  Collected collect(Map<String, String> environment) {
    Instant start = clock.instant();
    log.container("Entering phase " + PhaseResult.UPLOAD_ARTIFACTS);
    VariableExpander expand = new VariableExpander(environment);
    FileCollector files =
        new FileCollector(sourceDirectory, expand, line -> log.container("Warning: " + line));
    Map<String, List<Path>> reports = new LinkedHashMap<>();
    List<Path> artifacts = new ArrayList<>();
    List<PhaseContext> contexts = new ArrayList<>();
    BuildStatus status = BuildStatus.SUCCEEDED;
    try {
      for (ReportGroup group : spec.reports()) {
        List<Path> copied =
            files.collect(group.selection(), reportDirectory(outputDirectory, group.name()));
        reports.put(group.name(), copied);
        log.container(
            "Report group "
                + group.name()
                + " ("
                + group.fileFormat()
                + "): "
                + copied.size()
                + " file(s)");
      }
      if (spec.artifacts().isPresent()) {
        artifacts.addAll(
            files.collect(spec.artifacts().get().selection(), artifactsDirectory(outputDirectory)));
        log.container("Artifacts: " + artifacts.size() + " file(s)");
        if (artifacts.isEmpty()) {
          status = BuildStatus.FAILED;
          contexts.add(new PhaseContext("CLIENT_ERROR", "no matching artifact paths found"));
        }
      }
    } catch (IOException e) {
      status = BuildStatus.FAULT;
      contexts.add(new PhaseContext("CLIENT_ERROR", "cannot copy the build's files: " + e));
    }
    log.container("Phase complete: " + PhaseResult.UPLOAD_ARTIFACTS + " State: " + status);
    contexts.forEach(context -> log.container("Phase context: " + context.message()));
    Optional<String> name = spec.artifacts().flatMap(ArtifactsSpec::name).map(expand);
    return new Collected(
        new PhaseResult(PhaseResult.UPLOAD_ARTIFACTS, status, start, clock.instant(), contexts),
        artifacts,
        reports,
        name);
  }
}
