package dev.kiroworker.worker.build.verify;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.json.JsonMapper;
import dev.kiroworker.worker.KiroWorker;
import dev.kiroworker.worker.build.BuildVariables;
import dev.kiroworker.worker.cli.Console;
import dev.kiroworker.worker.cli.ExitCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kiro-worker build verify} end to end on copies of the Node sample: real npm runs. */
class VerifyCommandTest {

  private static final String TOKEN = "ghp_verifyCommandTestToken1234567890abcd";

  @TempDir Path folder;

  private Path repo;
  private Path output;
  private final Map<String, String> environment = new HashMap<>();

  @BeforeEach
  void setUp() {
    repo = Samples.copy("node-sample", folder.resolve("workspace"));
    output = folder.resolve("out");
    environment.put(BuildVariables.WORKSPACE, repo.toString());
    environment.put(BuildVariables.OUTPUT_DIR, output.toString());
    environment.put(BuildVariables.GITHUB_TOKEN, TOKEN);
  }

  @Test
  void verify_ofPassingNodeSample_exitsZeroWithReportsAndSummary() throws IOException {
    Result result = run();

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
    assertThat(result.out().strip())
        .isEqualTo("4 tests passed, line 100.0 %, branch 100.0 % (threshold 80 %): PASSED");
    JsonNode verify = summary().path("verify");
    assertThat(verify.path("gate").asText()).isEqualTo("PASSED");
    assertThat(verify.path("configSource").asText()).isEqualTo("detected: npm");
    assertThat(verify.path("command").asText()).isEqualTo("npm test");
    assertThat(verify.path("exitCode").asInt()).isZero();
    assertThat(verify.path("timedOut").asBoolean()).isFalse();
    assertThat(verify.path("testsTotal").asInt()).isEqualTo(4);
    assertThat(verify.path("testsPassed").asInt()).isEqualTo(4);
    assertThat(verify.path("linePct").asDouble()).isEqualTo(100.0);
    assertThat(verify.path("threshold").asInt()).isEqualTo(80);
    assertThat(verify.path("coverageReport").asText()).isEqualTo("reports/coverage/lcov.info");
    assertThat(verify.path("junitReports").toString()).isEqualTo("[\"reports/junit/junit.xml\"]");
    assertThat(output.resolve("reports/junit/junit.xml")).content().contains("<testcase");
    assertThat(output.resolve("reports/coverage/lcov.info")).content().startsWith("TN:");
    assertThat(output.resolve("logs/verify.log")).content().contains("detected: npm");
  }

  @Test
  void verify_whenATestFails_exitsOneAfterWritingReports() throws IOException {
    Samples.replace(repo, "test/grade.test.js", "grade(80), 'B'", "grade(80), 'A'");

    Result result = run();

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.NOT_SUCCEEDED);
    assertThat(result.out()).contains("4 tests: 3 passed, 1 failed").endsWith("FAILED\n");
    JsonNode verify = summary().path("verify");
    assertThat(verify.path("gate").asText()).isEqualTo("FAILED");
    assertThat(verify.path("testsFailed").asInt()).isEqualTo(1);
    assertThat(verify.path("exitCode").asInt()).isEqualTo(1);
    assertThat(verify.path("reasons").toString())
        .contains("1 test failed.")
        .contains("The test command exited with 1.");
    assertThat(output.resolve("reports/junit/junit.xml")).exists();
    assertThat(output.resolve("reports/coverage/lcov.info")).exists();
  }

  @Test
  void verify_whenCoverageIsBelowTheThreshold_exitsOne() throws IOException {
    StringBuilder uncovered = new StringBuilder("\nexport function unused(value) {\n");
    for (int i = 0; i < 40; i++) {
      uncovered.append("  value = value + ").append(i).append(";\n");
    }
    uncovered.append("  return value;\n}\n");
    Samples.append(repo, "src/grade.js", uncovered.toString());

    Result result = run();

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.NOT_SUCCEEDED);
    JsonNode verify = summary().path("verify");
    assertThat(verify.path("exitCode").asInt()).isZero();
    assertThat(verify.path("linePct").asDouble()).isLessThan(80);
    assertThat(verify.path("reasons").toString()).contains("is below the 80 % threshold");
  }

  @Test
  void verify_withWorkerYml_usesItsCommandThresholdAndEnvironment() throws IOException {
    Samples.write(
        repo,
        ".kiro/worker.yml",
        """
        test:
          command: [bash, -c, 'echo "token=[$GITHUB_TOKEN] greeting=[$GREETING]" && npm test']
          environment:
            GREETING: hello
        reports:
          junit: [reports/*.xml]
          coverage: coverage/lcov.info
        coverage:
          threshold: 95
        """);

    Result result = run();

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
    assertThat(result.out()).contains("(threshold 95 %): PASSED");
    JsonNode verify = summary().path("verify");
    assertThat(verify.path("configSource").asText()).isEqualTo("worker.yml");
    assertThat(verify.path("threshold").asInt()).isEqualTo(95);
    // The build's secrets are emptied for the tests; the repository's own variables are set.
    assertThat(output.resolve("logs/verify.log"))
        .content()
        .contains("token=[] greeting=[hello]")
        .doesNotContain(TOKEN);
  }

  @Test
  void verify_withInvalidWorkerYml_exitsThreeAndRecordsWhy() throws IOException {
    Samples.write(repo, ".kiro/worker.yml", "test:\n  comand: [npm, test]\n");

    Result result = run();

    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(result.err()).contains("unknown key 'comand' at test.comand");
    JsonNode verify = summary().path("verify");
    assertThat(verify.path("gate").asText()).isEqualTo("FAILED");
    assertThat(verify.path("reasons").get(0).asText()).contains("comand");
    assertThat(output.resolve("reports/junit")).isEmptyDirectory();
  }

  @Test
  void verify_ofRepositoryWithNothingToDetect_exitsThreeNamingWhatWasLookedFor()
      throws IOException {
    Path empty = Files.createDirectories(folder.resolve("empty"));
    environment.put(BuildVariables.WORKSPACE, empty.toString());

    Result result = run();

    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(result.err()).contains("pom.xml (Maven)").contains("docs/worker-yml.md");
  }

  @Test
  void verify_whenTheCommandCannotStart_exitsOneWithReason() throws IOException {
    Samples.write(repo, ".kiro/worker.yml", "test:\n  command: no-such-test-runner-here --all\n");

    Result result = run();

    assertThat(result.exitCode()).isEqualTo(ExitCode.NOT_SUCCEEDED);
    JsonNode verify = summary().path("verify");
    assertThat(verify.path("exitCode").isNull()).isTrue();
    assertThat(verify.path("configSource").asText()).isEqualTo("worker.yml, detected: npm");
    assertThat(verify.path("reasons").toString())
        .contains("The test command could not be started")
        .contains("No JUnit XML report was found")
        .contains("No coverage report was found");
  }

  @Test
  void verify_withoutWorkspace_exitsThreeAndSaysToCheckOutFirst() throws IOException {
    environment.put(BuildVariables.WORKSPACE, folder.resolve("missing").toString());

    Result result = run();

    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(result.err()).contains("run kiro-worker build checkout first");
    assertThat(summary().path("verify").path("gate").asText()).isEqualTo("FAILED");
  }

  @Test
  void verify_withInvalidThreshold_exitsThreeAndRecordsWhy() throws IOException {
    environment.put(BuildVariables.COVERAGE_THRESHOLD, "eighty");

    Result result = run();

    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(result.err()).contains("COVERAGE_THRESHOLD must be a whole number from 0 to 100");
    JsonNode verify = summary().path("verify");
    assertThat(verify.path("threshold").asInt()).isEqualTo(80);
    assertThat(verify.path("reasons").get(0).asText()).contains("COVERAGE_THRESHOLD");
  }

  @Test
  void verify_ofReportQuotingASecret_keepsItOutOfSummaryAndLog() throws IOException {
    Samples.write(repo, "leak.info", TOKEN + " is not coverage\n");
    Samples.write(
        repo,
        ".kiro/worker.yml",
        "test: {command: [echo, done]}\nreports: {junit: none.xml, coverage: leak.info}\n");

    Result result = run();

    assertThat(result.exitCode()).isEqualTo(ExitCode.NOT_SUCCEEDED);
    String summary = Files.readString(output.resolve("summary.json"));
    assertThat(summary).contains("leak.info").contains("***").doesNotContain("ghp_verify");
    assertThat(output.resolve("logs/verify.log")).content().doesNotContain("ghp_verify");
    assertThat(result.err()).doesNotContain("ghp_verify");
  }

  private JsonNode summary() throws IOException {
    return JsonMapper.shared().readTree(output.resolve("summary.json").toFile());
  }

  private Result run() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Console console =
        new Console(
            new PrintStream(out, true, UTF_8),
            new PrintStream(err, true, UTF_8),
            new ByteArrayInputStream(new byte[0]));
    int exitCode = KiroWorker.run(console, new BuildVariables(environment), "build", "verify");
    return new Result(exitCode, out.toString(UTF_8), err.toString(UTF_8));
  }

  private record Result(int exitCode, String out, String err) {}
}
