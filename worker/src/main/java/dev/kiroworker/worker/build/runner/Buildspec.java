package dev.kiroworker.worker.build.runner;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed and validated buildspec (version 0.2). Built by {@link BuildspecParser}, which refuses
 * anything this runner cannot honour, so a {@code Buildspec} can always be run.
 *
 * @param shell {@code bash} or {@code sh}
 * @param variables {@code env.variables}, in file order
 * @param parameterStore {@code env.parameter-store}: variable name to parameter name
 * @param secretsManager {@code env.secrets-manager}: variable name to secret reference
 * @param phases the phases present, in run order
 * @param warnings settings accepted but not emulated, said once at the start of each build
 */
public record Buildspec(
    String shell,
    Map<String, String> variables,
    Map<String, String> parameterStore,
    Map<String, String> secretsManager,
    List<String> exportedVariables,
    List<BuildspecPhase> phases,
    List<ReportGroup> reports,
    Optional<ArtifactsSpec> artifacts,
    List<String> warnings) {

  public Buildspec {
    Objects.requireNonNull(shell, "shell");
    variables = ordered(variables);
    parameterStore = ordered(parameterStore);
    secretsManager = ordered(secretsManager);
    exportedVariables = List.copyOf(exportedVariables);
    phases = List.copyOf(phases);
    reports = List.copyOf(reports);
    Objects.requireNonNull(artifacts, "artifacts");
    warnings = List.copyOf(warnings);
  }

  /** The phase of {@code type}, absent when the buildspec has none. */
  public Optional<BuildspecPhase> phase(PhaseType type) {
    return phases.stream().filter(phase -> phase.type() == type).findFirst();
  }

  // Map.copyOf loses the order; the log and the environment follow the file's order.
  private static Map<String, String> ordered(Map<String, String> map) {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
