package dev.kiroworker.worker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiroworker.worker.Invocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code kiro-worker demo} run in process, scenario by scenario: the real workflow, handlers and
 * buildspec against the stand-ins, with what it prints checked line by line.
 */
class DemoCommandTest {

  private static final Path TEMP = Path.of(System.getProperty("java.io.tmpdir"));

  private Set<Path> foldersBefore;

  @BeforeEach
  void rememberDemoFolders() throws IOException {
    foldersBefore = demoFolders();
  }

  @AfterEach
  void noDemoFolderIsLeftBehind() throws IOException {
    assertThat(demoFolders()).isEqualTo(foldersBefore);
  }

  @Test
  void happy_implementsTestsPushesAndMovesThePullRequestToReview() {
    Invocation demo = Invocation.of("demo");

    assertThat(demo.exitCode()).as(demo.err()).isZero();
    assertThat(path(demo))
        .containsSubsequence(
            "DiscoverWorkItem",
            "ValidateSpec",
            "AcquireLock",
            "ReportStarted",
            "RunBuild",
            "ParseCoverage",
            "ReportSuccess",
            "ReleaseLock",
            "Done");
    assertThat(demo.out())
        .contains("Status: SUCCEEDED")
        .contains("  moved PR #42 from For Implementation to In Progress")
        .contains("  moved PR #42 from In Progress to In Review")
        .contains("  | ### ✅ kiro-worker finished: the tests pass and coverage meets the gate")
        .contains("Alerts:\n  (none)");
    assertThat(demo.out()).containsPattern("(?m)^  RunBuild +Task +[0-9]+\\.[0-9]{2} s  ok$");
  }

  @Test
  void testsFail_reportsTheGate_movesToFailed_andAlerts() {
    Invocation demo = Invocation.of("demo", "--scenario", "tests-fail");

    assertThat(demo.exitCode()).as(demo.err()).isZero();
    assertThat(path(demo))
        .containsSubsequence(
            "RunBuild",
            "DidTheBuildRun",
            "ReadFailedBuild",
            "ParseCoverageOfFailedBuild",
            "ReportFailure",
            "ReleaseLockAfterFailure",
            "NotifyFailure",
            "Failed")
        .doesNotContain("ReportSuccess");
    assertThat(demo.out())
        .contains("Status: FAILED (KiroWorker.WorkItemFailed)")
        .contains("  moved PR #42 from In Progress to Failed")
        .contains("  | ### ❌ kiro-worker finished, but the quality gate was not met")
        .contains("**Tests:** 3 passed, 1 failed")
        .contains(
            "Alerts:\n  kiro-worker (local): a work item run failed: kiro-worker could not finish"
                + " the work item \"Export the report as CSV\"");
  }

  @Test
  void coverageBelowThreshold_failsOnLineCoverage() {
    Invocation demo = Invocation.of("demo", "--scenario", "coverage-below-threshold");

    assertThat(demo.exitCode()).as(demo.err()).isZero();
    assertThat(path(demo)).containsSubsequence("MeetsQualityGate", "ReportFailure", "Failed");
    assertThat(demo.out())
        .contains("  moved PR #42 from In Progress to Failed")
        .containsPattern("Line coverage [0-9.]+ % is below the 80 % threshold")
        .contains("**Tests:** 4 passed, 0 failed")
        .contains("kiro-worker (local): a work item run failed");
  }

  @Test
  void specInvalid_rejectsToBlocked_withoutABuildOrAnAlert() {
    Invocation demo = Invocation.of("demo", "--scenario", "spec-invalid");

    assertThat(demo.exitCode()).as(demo.err()).isZero();
    assertThat(path(demo))
        .endsWith("ValidateSpec", "IsSpecValid", "ReportRejected", "SpecRejected")
        .doesNotContain("AcquireLock", "RunBuild");
    assertThat(demo.out())
        .contains("Status: FAILED (KiroWorker.SpecRejected)")
        .contains("  moved PR #42 from For Implementation to Blocked")
        .contains("  | ### ⛔ kiro-worker did not start: the spec is not ready")
        .contains("Alerts:\n  (none)");
  }

  @Test
  void lockBusy_endsWithoutTouchingTheBoard_andKeepsItsFilesWhenAsked() throws IOException {
    Invocation demo = Invocation.of("demo", "--scenario", "lock-busy", "--keep");

    assertThat(demo.exitCode()).as(demo.err()).isZero();
    assertThat(path(demo)).endsWith("AcquireLock", "GotLock", "LockBusy");
    assertThat(demo.out())
        .contains("Status: SUCCEEDED")
        .contains("GitHub:\n  (nothing changed)\n  PR #42 is now in For Implementation")
        .doesNotContain("Comment on PR #42");
    String kept = lastLine(demo).replaceFirst("^Kept the demo's files in ", "");
    Path folder = Path.of(kept);
    assertThat(folder.resolve("git-server/octo-org/sample-service.git")).isDirectory();
    assertThat(folder.resolve("bin/fake-agent.sh")).isExecutable();
    delete(folder);
  }

  @Test
  void agentTimeout_pushesThePartialWork_andReportsItAsATimeout() {
    Invocation demo = Invocation.of("demo", "--scenario", "agent-timeout");

    assertThat(demo.exitCode()).as(demo.err()).isZero();
    assertThat(path(demo))
        .containsSubsequence(
            "ParseCoverage", "IsTheWorkComplete", "RecordPartialWork", "ReportFailure", "Failed");
    assertThat(demo.out())
        .contains("  moved PR #42 from In Progress to Failed")
        .contains("  | ### ❌ kiro-worker could not finish this run")
        .contains("KiroWorker.AgentTimeout")
        .contains("kiro-worker (local): a work item run failed");
  }

  @Test
  void anUnknownScenarioIsInvalidInput() {
    Invocation demo = Invocation.of("demo", "--scenario", "sunny");

    assertThat(demo.exitCode()).isEqualTo(3);
    assertThat(demo.err()).contains("no scenario called 'sunny'");
    assertThat(demo.out()).isEmpty();
  }

  @Test
  void helpListsEveryScenarioWithItsLine() {
    Invocation help = Invocation.of("demo", "--help");

    assertThat(help.exitCode()).isZero();
    for (DemoScenario scenario : DemoScenario.values()) {
      assertThat(help.out()).containsPattern(scenario.label() + " +" + quoteStart(scenario));
    }
    assertThat(help.out()).contains("under 80 % of the lines");
  }

  private static String quoteStart(DemoScenario scenario) {
    return java.util.regex.Pattern.quote(scenario.summary().substring(0, 20));
  }

  /** The states on the "Path:" line, in order. */
  private static List<String> path(Invocation demo) {
    String line = demo.out().lines().filter(l -> l.startsWith("Path: ")).findFirst().orElseThrow();
    return Arrays.asList(line.substring("Path: ".length()).split(" -> "));
  }

  private static String lastLine(Invocation demo) {
    List<String> lines = demo.out().lines().toList();
    return lines.get(lines.size() - 1);
  }

  private static Set<Path> demoFolders() throws IOException {
    try (Stream<Path> paths = Files.list(TEMP)) {
      return paths
          .filter(p -> p.getFileName().toString().startsWith("kiro-worker-demo-"))
          .collect(Collectors.toSet());
    }
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
