package dev.kiroworker.worker.build.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.worker.build.BuildInputException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyPlannerTest {

  @TempDir Path repo;
  @TempDir Path scratch;

  private final VerifyPlanner planner = new VerifyPlanner(ProjectDetector.onPath());

  @Test
  void plan_ofCompleteWorkerYml_ignoresDetection() {
    Samples.write(repo, "pom.xml", "<project/>");
    Samples.write(
        repo,
        ".kiro/worker.yml",
        "test: {command: make check, timeoutMinutes: 5, environment: {A: b}}\n"
            + "reports: {junit: out/*.xml, coverage: out/lcov.info}\n");

    VerifyPlan plan = planner.plan(repo, scratch);

    assertThat(plan.source()).isEqualTo("worker.yml");
    assertThat(plan.command()).containsExactly("make", "check");
    assertThat(plan.timeout()).isEqualTo(Duration.ofMinutes(5));
    assertThat(plan.environment()).containsExactly(java.util.Map.entry("A", "b"));
    assertThat(plan.notes()).isEmpty();
    assertThat(plan.junitReports()).containsExactly(ReportPattern.of(repo, "out/*.xml"));
  }

  @Test
  void plan_ofWorkerYmlWithThresholdOnly_fillsTheRestByDetection() {
    Samples.write(repo, "package.json", "{\"scripts\": {\"test\": \"node --test\"}}");
    Samples.write(
        repo, ".kiro/worker.yml", "test: {environment: {TZ: UTC}}\ncoverage: {threshold: 60}\n");

    VerifyPlan plan = planner.plan(repo, scratch);

    assertThat(plan.source()).isEqualTo("worker.yml, detected: npm");
    assertThat(plan.command()).containsExactly("npm", "test");
    assertThat(plan.threshold()).isEqualTo(60);
    assertThat(plan.environment())
        .containsEntry("TZ", "UTC")
        .containsEntry("NPM_CONFIG_UPDATE_NOTIFIER", "false");
    assertThat(plan.timeout()).isEqualTo(VerifyPlan.DEFAULT_TIMEOUT);
  }

  @Test
  void plan_ofGoWithItsOwnCommand_doesNotConvertOutput() {
    Samples.write(repo, "go.mod", "module m\n");
    Samples.write(repo, ".kiro/worker.yml", "test: {command: [make, test]}\n");

    VerifyPlan plan = planner.plan(repo, scratch);

    assertThat(plan.goTestJson()).isFalse();
  }

  @Test
  void plan_ofDetectedGo_convertsOutput() {
    Samples.write(repo, "go.mod", "module m\n");
    Samples.write(repo, ".kiro/worker.yml", "coverage: {threshold: 70}\n");

    assertThat(planner.plan(repo, scratch).goTestJson()).isTrue();
  }

  @Test
  void plan_ofIncompleteWorkerYmlAndNothingDetected_namesTheMissingKeys() {
    Samples.write(repo, ".kiro/worker.yml", "test: {command: [make, test]}\n");

    assertThatThrownBy(() -> planner.plan(repo, scratch))
        .isInstanceOf(BuildInputException.class)
        .hasMessageContaining("does not set reports.junit, reports.coverage")
        .hasMessageContaining("looked for pom.xml (Maven)");
  }

  @Test
  void plan_ofNothingAtAll_explainsHowToWriteWorkerYml() {
    assertThatThrownBy(() -> planner.plan(repo, scratch))
        .isInstanceOf(BuildInputException.class)
        .hasMessageContaining("Cannot tell how to test this repository")
        .hasMessageContaining("test.command, reports.junit and reports.coverage");
  }
}
