package dev.kiroworker.worker.build.runner;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a local build ended: its status as CodeBuild would report it, each phase, the exported
 * variables, and where its log, artifacts and reports are.
 *
 * @param artifactName the buildspec's {@code artifacts.name} with its variables expanded
 * @param reports each report group's copied files, in the buildspec's order
 * @param overrides the StartBuild overrides, references only for secrets
 */
public record LocalBuildResult(
    String buildId,
    String buildArn,
    long buildNumber,
    String projectName,
    BuildStatus status,
    List<PhaseResult> phases,
    Map<String, String> exportedVariables,
    Path artifactsDirectory,
    Optional<String> artifactName,
    List<Path> artifacts,
    Map<String, List<Path>> reports,
    Path logFile,
    Instant startTime,
    Instant endTime,
    List<EnvironmentOverride> overrides) {

  public LocalBuildResult {
    Objects.requireNonNull(buildId, "buildId");
    Objects.requireNonNull(status, "status");
    phases = List.copyOf(phases);
    exportedVariables = Collections.unmodifiableMap(new LinkedHashMap<>(exportedVariables));
    Objects.requireNonNull(artifactName, "artifactName");
    artifacts = List.copyOf(artifacts);
    reports = Collections.unmodifiableMap(new LinkedHashMap<>(reports));
    overrides = List.copyOf(overrides);
  }

  /** The phase of {@code type}, absent when it did not run. */
  public Optional<PhaseResult> phase(String type) {
    return phases.stream().filter(phase -> phase.phaseType().equals(type)).findFirst();
  }
}
