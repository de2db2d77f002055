package dev.kiroworker.worker.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.json.JsonMapper;
import dev.kiroworker.handlers.scrub.SecretScrubber;
import dev.kiroworker.worker.build.process.ProcessCommand;
import dev.kiroworker.worker.build.process.ProcessResult;
import dev.kiroworker.worker.build.process.ProcessRunner;
import dev.kiroworker.worker.build.runner.BuildStatus;
import dev.kiroworker.worker.build.runner.EnvironmentOverride;
import dev.kiroworker.worker.build.runner.LocalBuildRequest;
import dev.kiroworker.worker.build.runner.LocalBuildResult;
import dev.kiroworker.worker.build.runner.LocalBuildRunner;
import dev.kiroworker.worker.build.runner.PhaseResult;
import dev.kiroworker.worker.workflow.SampleRemote;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's real {@code buildspec.yml}, run by the local build runner against a sample
 * project in a local git remote: checkout, steering sync, the fake agent implementing the spec's
 * tasks, the sample's real tests with JUnit XML and coverage, the push, the exported variables and
 * the artifacts. Each {@code kiro-worker} command is a fresh JVM on this test's class path, as the
 * jar would be in CodeBuild.
 */
class BuildspecEndToEndTest {

  private static final String BRANCH = "feature/grades";
  private static final String SPEC = ".kiro/specs/feature-grades";
  private static final String TOKEN = "ghp_" + "e2eTokenValue".repeat(3);
  private static final String API_KEY = "kiro-api-key-e2e-0123456789";

  private static final Path REPO = SampleRemote.repositoryRoot();

  @TempDir Path folder;

  private final ProcessRunner processes = new ProcessRunner(SecretScrubber.patternsOnly());
  private final List<String> log = new ArrayList<>();

  @Test
  void aWorkItemIsImplementedTestedPushedAndReported() throws Exception {
    Path remote = remoteWithSample(sample -> {});

    LocalBuildResult build = runBuildspec(remote);

    assertThat(build.status()).as(String.join("\n", log)).isEqualTo(BuildStatus.SUCCEEDED);
    assertThat(build.phases())
        .extracting(PhaseResult::phaseType)
        .containsExactly("INSTALL", "PRE_BUILD", "BUILD", "POST_BUILD", "UPLOAD_ARTIFACTS");
    assertThat(subjects(remote))
        .containsExactly(
            "feat(feature-grades): 2 Grade the honours band",
            "feat(feature-grades): 1 Grade the pass band",
            "chore(steering): sync pack " + steeringVersion(),
            "docs: spec",
            "chore: start");

    JsonNode summary = json(build.artifactsDirectory().resolve("summary.json"));
    assertThat(summary.at("/implement/completed")).hasSize(2);
    assertThat(summary.at("/verify/gate").asText()).isEqualTo("PASSED");
    assertThat(summary.at("/verify/testsFailed").asInt()).isZero();
    assertThat(summary.at("/publish/pushed").asBoolean()).isTrue();

    Map<String, String> exported = build.exportedVariables();
    assertThat(exported)
        .containsEntry("KIRO_GATE", "PASSED")
        .containsEntry("KIRO_TESTS_FAILED", "0")
        .containsEntry("KIRO_TASKS_COMPLETED", "2")
        .containsEntry("KIRO_TASKS_REMAINING", "0")
        .containsEntry("KIRO_PUSHED", "true")
        .containsEntry("KIRO_COMMIT_SHA", head(remote));
    assertThat(Integer.parseInt(exported.get("KIRO_TESTS_PASSED"))).isPositive();
    assertThat(Double.parseDouble(exported.get("KIRO_LINE_COVERAGE"))).isGreaterThanOrEqualTo(80);

    assertThat(artifactNames(build))
        .contains(
            "summary.json",
            "exported-variables.env",
            "diff.patch",
            "logs/checkout.log",
            "logs/sync-steering.log",
            "logs/implement.log",
            "logs/verify.log",
            "logs/publish.log",
            "reports/coverage/lcov.info")
        .anyMatch(name -> name.startsWith("reports/junit/") && name.endsWith(".xml"));
    assertThat(build.reports().get("kiro-tests")).isNotEmpty();
    assertThat(Files.readString(build.artifactsDirectory().resolve("diff.patch")))
        .contains("IMPLEMENTED.md");
    assertNoSecretIn(build);
  }

  @Test
  void failingTestsFailTheBuildButTheWorkIsStillPushedAndReported() throws Exception {
    Path remote =
        remoteWithSample(
            sample ->
                SampleRemote.replace(
                    sample.resolve("test/grade.test.js"),
                    "assert.equal(grade(90), 'A')",
                    "assert.equal(grade(90), 'B')"));

    LocalBuildResult build = runBuildspec(remote);

    assertThat(build.status()).as(String.join("\n", log)).isEqualTo(BuildStatus.FAILED);
    assertThat(build.phase("BUILD").orElseThrow().status()).isEqualTo(BuildStatus.FAILED);
    assertThat(build.phase("POST_BUILD").orElseThrow().status()).isEqualTo(BuildStatus.SUCCEEDED);
    assertThat(subjects(remote))
        .first()
        .isEqualTo("feat(feature-grades): 2 Grade the honours band");
    assertThat(build.exportedVariables())
        .containsEntry("KIRO_GATE", "FAILED")
        .containsEntry("KIRO_PUSHED", "true")
        .containsEntry("KIRO_COMMIT_SHA", head(remote));
    assertThat(Integer.parseInt(build.exportedVariables().get("KIRO_TESTS_FAILED"))).isPositive();
    JsonNode summary = json(build.artifactsDirectory().resolve("summary.json"));
    assertThat(summary.at("/verify/reasons").toString()).contains("failed");
    assertThat(artifactNames(build)).anyMatch(name -> name.startsWith("reports/junit/"));
    assertNoSecretIn(build);
  }

  @Test
  void aMissingSpecFileStopsTheBuildBeforeTheAgentRuns() throws Exception {
    Path remote = remoteWithSample(sample -> {});
    deleteFromBranch(remote, SPEC + "/design.md");

    LocalBuildResult build = runBuildspec(remote);

    assertThat(build.status()).isEqualTo(BuildStatus.FAILED);
    assertThat(build.phase("PRE_BUILD").orElseThrow().status()).isEqualTo(BuildStatus.FAILED);
    assertThat(build.phase("BUILD")).isEmpty();
    assertThat(subjects(remote)).first().isEqualTo("docs: drop the design");
    assertThat(Files.readString(build.artifactsDirectory().resolve("logs/checkout.log")))
        .contains("design.md");
    assertNoSecretIn(build);
  }

  private LocalBuildResult runBuildspec(Path remote) {
    Path bin = folder.resolve("bin");
    writeExecutable(
        bin.resolve("kiro-worker"),
        "#!/bin/sh\nexec '"
            + Path.of(System.getProperty("java.home"), "bin", "java")
            + "' -cp '"
            + System.getProperty("java.class.path")
            + "' dev.kiroworker.worker.KiroWorker \"$@\"\n");
    Map<String, String> processEnvironment = new HashMap<>(System.getenv());
    processEnvironment.put("PATH", bin + ":" + System.getenv("PATH"));
    // The secrets reach the build only through the buildspec's secrets-manager references.
    processEnvironment.remove("GITHUB_TOKEN");
    processEnvironment.remove("KIRO_API_KEY");
    String agent = REPO.resolve("test-fixtures/agents/fake-agent.sh").toString();
    LocalBuildRequest request =
        LocalBuildRequest.builder(REPO.resolve("buildspec.yml"), source(), folder.resolve("out"))
            .projectName("kiro-worker-e2e")
            .timeout(Duration.ofMinutes(5))
            .secrets(Map.of("${GitHubTokenSecretArn}", TOKEN, "${KiroApiKeySecretArn}", API_KEY))
            .overrides(
                List.of(
                    EnvironmentOverride.plaintext("KIRO_REPOSITORY_URL", remote.toString()),
                    EnvironmentOverride.plaintext("KIRO_BRANCH", BRANCH),
                    EnvironmentOverride.plaintext("KIRO_ENVIRONMENT", "local"),
                    EnvironmentOverride.plaintext("KIRO_ALLOW_LOCAL_REMOTE", "true"),
                    EnvironmentOverride.plaintext("KIRO_INSTALL_AGENT", "false"),
                    EnvironmentOverride.plaintext(
                        "KIRO_AGENT_COMMAND", "[\"" + agent + "\",\"change\",\"{prompt}\"]"),
                    EnvironmentOverride.plaintext("KIRO_AGENT_PREFLIGHT", "[]")))
            .log(log::add)
            .build();
    return new LocalBuildRunner(processEnvironment, Clock.systemUTC()).run(request);
  }

  private Path source() {
    Path source = folder.resolve("src");
    mkdirs(source);
    return source;
  }

  /**
   * A bare remote whose feature branch holds the node sample, changed by {@code edit}, and a spec.
   */
  private Path remoteWithSample(java.util.function.Consumer<Path> edit) {
    Path bare = folder.resolve("remote.git");
    Path work = folder.resolve("author");
    mkdirs(work);
    git(folder, "init", "--quiet", "--bare", "--initial-branch=main", bare.toString());
    git(work, "init", "--quiet", "--initial-branch=main");
    SampleRemote.copyTree(REPO.resolve("test-fixtures/targets/node-sample"), work);
    edit.accept(work);
    write(work.resolve(".gitignore"), "node_modules/\ncoverage/\nreports/\n");
    git(work, "add", "--all");
    commit(work, "chore: start");
    git(work, "remote", "add", "origin", bare.toString());
    git(work, "push", "--quiet", "origin", "main");
    git(work, "checkout", "--quiet", "-b", BRANCH);
    write(work.resolve(SPEC + "/requirements.md"), "# Requirements\n\nGrades for scores.\n");
    write(work.resolve(SPEC + "/design.md"), "# Design\n\nOne function.\n");
    write(
        work.resolve(SPEC + "/tasks.md"),
        "# Tasks\n\n- [ ] 1. Grade the pass band\n- [ ] 2. Grade the honours band\n");
    git(work, "add", "--all");
    commit(work, "docs: spec");
    git(work, "push", "--quiet", "origin", BRANCH);
    return bare;
  }

  private void deleteFromBranch(Path remote, String file) {
    Path work = folder.resolve("author");
    git(work, "rm", "--quiet", "--", file);
    commit(work, "docs: drop the design");
    git(work, "push", "--quiet", "origin", BRANCH);
  }

  private List<String> subjects(Path remote) {
    return git(remote, "log", "--format=%s", BRANCH).output().lines().toList();
  }

  private String head(Path remote) {
    return git(remote, "rev-parse", BRANCH).output().strip();
  }

  private void commit(Path work, String message) {
    git(
        work,
        "-c",
        "user.name=Author",
        "-c",
        "user.email=author@example.com",
        "commit",
        "--quiet",
        "-m",
        message);
  }

  private ProcessResult git(Path folder, String... arguments) {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(arguments));
    ProcessResult result =
        processes.run(new ProcessCommand(command, folder, Map.of(), Duration.ofMinutes(1)));
    assertThat(result.succeeded()).as("%s: %s", command, result.output()).isTrue();
    return result;
  }

  private void assertNoSecretIn(LocalBuildResult build) throws IOException {
    assertThat(String.join("\n", log)).doesNotContain(TOKEN).doesNotContain(API_KEY);
    assertThat(Files.readString(build.logFile())).doesNotContain(TOKEN).doesNotContain(API_KEY);
    try (Stream<Path> files = Files.walk(folder.resolve("out"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(file))
            .as(file.toString())
            .doesNotContain(TOKEN)
            .doesNotContain(API_KEY);
      }
    }
  }

  private static List<String> artifactNames(LocalBuildResult build) throws IOException {
    Path root = build.artifactsDirectory();
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .map(file -> root.relativize(file).toString())
          .toList();
    }
  }

  private static String steeringVersion() {
    return dev.kiroworker.worker.build.steering.SteeringPack.fromClasspath().version();
  }

  private static JsonNode json(Path file) throws IOException {
    return JsonMapper.shared().readTree(file.toFile());
  }

  private static void writeExecutable(Path file, String text) {
    write(file, text);
    assertThat(file.toFile().setExecutable(true)).isTrue();
  }

  private static void write(Path file, String text) {
    mkdirs(file.getParent());
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void mkdirs(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
