package dev.kiroworker.worker.build.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.handlers.coverage.ReportLimits;
import dev.kiroworker.handlers.scrub.SecretScrubber;
import dev.kiroworker.worker.build.BuildInputException;
import dev.kiroworker.worker.build.BuildOutput;
import dev.kiroworker.worker.build.process.ProcessCommand;
import dev.kiroworker.worker.build.process.ProcessRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verify's outcomes that need a stand-in tool or a short timeout: real processes throughout. */
class VerifyTest {

  private static final Path GO_FIXTURES =
      Samples.repoRoot().resolve("worker/src/test/resources/verify/go");

  @TempDir Path folder;

  private final List<String> log = new CopyOnWriteArrayList<>();
  private final ProcessRunner runner =
      new ProcessRunner(
          SecretScrubber.patternsOnly(),
          ProcessRunner.DEFAULT_OUTPUT_LIMIT,
          Duration.ofMillis(200));

  @Test
  void verify_ofGoModule_convertsGoTestOutputAndProfileIntoReports() throws IOException {
    Path repo =
        Samples.write(folder.resolve("repo"), "go.mod", "module example.com/shop\n").getParent();
    Path fakeGo = fakeGo();
    BuildOutput output = new BuildOutput(folder.resolve("out"));

    VerifyResult result =
        verify(tool -> tool.equals("go") ? fakeGo.toString() : tool, 30_000)
            .verify(repo, output, 50);

    assertThat(result.configSource()).isEqualTo("detected: go");
    assertThat(result.testsTotal()).isEqualTo(6);
    assertThat(result.testsFailed()).isEqualTo(2);
    assertThat(result.linePct()).isEqualTo(50.0);
    assertThat(result.branchPct()).isNull();
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.passed()).isFalse();
    assertThat(result.junitReports()).containsExactly("reports/junit/TEST-go.xml");
    assertThat(result.coverageReport()).isEqualTo("reports/coverage/lcov.info");
    assertThat(output.root().resolve("reports/junit/TEST-go.xml")).content().contains("<testsuite");
  }

  @Test
  void verify_whenTheCommandOutlivesItsTimeout_stopsItAndStillCollectsReports() throws IOException {
    // Reports already in place, so the outcome does not depend on how fast the machine is.
    Path repo = Files.createDirectories(folder.resolve("repo"));
    Path fixtures = Samples.repoRoot().resolve("test-fixtures/coverage");
    Files.copy(
        fixtures.resolve("kiro-worker/TEST-dev.kiroworker.testsupport.HarnessSettingsTest.xml"),
        repo.resolve("TEST-settings.xml"));
    Files.copy(fixtures.resolve("js-sample/lcov.info"), repo.resolve("lcov.info"));
    Samples.write(
        repo,
        ".kiro/worker.yml",
        "test: {command: [sleep, '30'], timeoutMinutes: 1}\n"
            + "reports: {junit: TEST-*.xml, coverage: lcov.info}\n");
    BuildOutput output = new BuildOutput(folder.resolve("out"));

    VerifyResult result = verify(tool -> tool, 500).verify(repo, output, 80);

    assertThat(result.timedOut()).isTrue();
    assertThat(result.exitCode()).isNull();
    assertThat(result.passed()).isFalse();
    assertThat(result.reasons()).anyMatch(r -> r.contains("did not finish within 1 minutes"));
    assertThat(result.testsPassed()).isEqualTo(7);
    assertThat(output.root().resolve("reports/coverage/lcov.info")).exists();
  }

  @Test
  void verify_ofMissingWorkspace_runsNothing() {
    assertThatThrownBy(
            () ->
                verify(tool -> tool, 1_000)
                    .verify(folder.resolve("none"), new BuildOutput(folder.resolve("out")), 80))
        .isInstanceOf(BuildInputException.class)
        .hasMessageContaining("run kiro-worker build checkout first");
    assertThat(folder.resolve("out")).doesNotExist();
  }

  @Test
  void verify_ofUnreadableReports_failsTheGateNamingThem() throws IOException {
    Path repo = Files.createDirectories(folder.resolve("repo"));
    Path hostile = Samples.repoRoot().resolve("test-fixtures/coverage/hostile");
    Files.copy(hostile.resolve("truncated-junit.xml"), repo.resolve("TEST-cut.xml"));
    Files.copy(hostile.resolve("truncated-lcov.info"), repo.resolve("lcov.info"));
    Samples.write(
        repo,
        ".kiro/worker.yml",
        "test: {command: [true]}\nreports: {junit: TEST-*.xml, coverage: lcov.info}\n");

    VerifyResult result =
        verify(tool -> tool, 30_000).verify(repo, new BuildOutput(folder.resolve("out")), 80);

    assertThat(result.exitCode()).isZero();
    assertThat(result.passed()).isFalse();
    assertThat(result.reasons())
        .anyMatch(r -> r.contains("TEST-cut.xml"))
        .anyMatch(r -> r.contains("lcov.info"))
        .anyMatch(r -> r.contains("No test results were found"));
  }

  private Verify verify(java.util.function.UnaryOperator<String> tools, long timeoutMillis) {
    Verify.TestRunner shortened =
        (command, lines) ->
            runner.run(
                new ProcessCommand(
                    command.arguments(),
                    command.workingDirectory(),
                    command.environment(),
                    Duration.ofMillis(timeoutMillis)),
                lines);
    return new Verify(
        shortened,
        SecretScrubber.patternsOnly(),
        new ProjectDetector(tools),
        ReportLimits.defaults(),
        log::add);
  }

  /** A stand-in for go: replays recorded {@code go test -json} events and writes the profile. */
  private Path fakeGo() throws IOException {
    Path script =
        Samples.write(
            folder,
            "bin/go",
            """
            #!/bin/bash
            for argument in "$@"; do
              case "$argument" in
                -coverprofile=*) cp '%s' "${argument#-coverprofile=}" ;;
              esac
            done
            cat '%s'
            exit 1
            """
                .formatted(
                    GO_FIXTURES.resolve("cover.out"), GO_FIXTURES.resolve("test-events.jsonl")));
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return script;
  }
}
