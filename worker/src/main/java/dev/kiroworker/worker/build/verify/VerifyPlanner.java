package dev.kiroworker.worker.build.verify;

import dev.kiroworker.worker.build.BuildInputException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides what verify runs: the repository's {@code .kiro/worker.yml} where it says, detection for
 * whatever it leaves out (or for everything when there is no such file).
 */
final class VerifyPlanner {

  private final ProjectDetector detector;

  VerifyPlanner(ProjectDetector detector) {
    this.detector = detector;
  }

  /**
   * The plan for the repository in {@code root}.
   *
   * @param scratch a folder outside the repository for reports of a detected pytest or Go run
   * @throws BuildInputException when worker.yml is invalid, or the command or a report location is
   *     neither configured nor detected
   */
  VerifyPlan plan(Path root, Path scratch) {
    Optional<WorkerYml.Settings> file = WorkerYml.read(root);
    if (file.isEmpty()) {
      return detector.detect(root, scratch).orElseThrow(VerifyPlanner::nothingDetected);
    }
    WorkerYml.Settings settings = file.get();
    boolean complete =
        settings.command() != null && !settings.junit().isEmpty() && settings.coverage() != null;
    Optional<VerifyPlan> detected = complete ? Optional.empty() : detector.detect(root, scratch);
    List<String> missing = new ArrayList<>();
    List<String> command = settings.command();
    if (command == null) {
      command = detected.map(VerifyPlan::command).orElse(null);
      missing.add("test.command");
    }
    List<ReportPattern> junit =
        settings.junit().stream().map(glob -> ReportPattern.of(root, glob)).toList();
    if (junit.isEmpty()) {
      junit = detected.map(VerifyPlan::junitReports).orElse(List.of());
      missing.add("reports.junit");
    }
    List<ReportPattern> coverage =
        settings.coverage() == null
            ? detected.map(VerifyPlan::coverageReports).orElse(List.of())
            : List.of(ReportPattern.of(root, settings.coverage()));
    if (settings.coverage() == null) {
      missing.add("reports.coverage");
    }
    if (detected.isEmpty() && !missing.isEmpty()) {
      throw new BuildInputException(
          WorkerYml.PATH
              + " does not set "
              + String.join(", ", missing)
              + ", and no project type was detected to fill them in (looked for "
              + ProjectDetector.LOOKED_FOR
              + "). Set them in the file; see docs/worker-yml.md.");
    }
    Map<String, String> environment = new LinkedHashMap<>();
    detected.ifPresent(plan -> environment.putAll(plan.environment()));
    environment.putAll(settings.environment());
    return new VerifyPlan(
        detected.map(plan -> "worker.yml, " + plan.source()).orElse("worker.yml"),
        command,
        settings.timeoutMinutes() == null
            ? VerifyPlan.DEFAULT_TIMEOUT
            : Duration.ofMinutes(settings.timeoutMinutes()),
        environment,
        junit,
        coverage,
        settings.threshold(),
        detected.map(VerifyPlan::notes).orElse(List.of()),
        // Go's output is converted only when it is the detected command that produced it.
        settings.command() == null && detected.map(VerifyPlan::goTestJson).orElse(false));
  }

  private static BuildInputException nothingDetected() {
    return new BuildInputException(
        "Cannot tell how to test this repository: it has no "
            + WorkerYml.PATH
            + " and none of "
            + ProjectDetector.LOOKED_FOR
            + ". Add a "
            + WorkerYml.PATH
            + " with test.command, reports.junit and reports.coverage; see docs/worker-yml.md.");
  }
}
