package dev.kiroworker.worker.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiroworker.testsupport.AwsEmulatorExtension;
import dev.kiroworker.testsupport.AwsEmulators;
import dev.kiroworker.testsupport.GitHubApi;
import dev.kiroworker.testsupport.GitHubApiExtension;
import dev.kiroworker.worker.Invocation;
import dev.kiroworker.worker.workflow.BoardStandIn;
import dev.kiroworker.worker.workflow.SampleRemote;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code kiro-worker run --local} end to end, in process: the real workflow, handlers and buildspec
 * against a WireMock GitHub (the documented shapes of {@link BoardStandIn}), a folder of bare git
 * repositories as the GitHub server, the fake agent, and embedded AWS or dynalite and s3rver.
 */
@ExtendWith({AwsEmulatorExtension.class, GitHubApiExtension.class})
class RunLocalEndToEndTest {

  private static final Path REPO = SampleRemote.repositoryRoot();
  private static final String API_KEY = "kiro-api-key-run-local-0123456789";
  private static final Path TEMP = Path.of(System.getProperty("java.io.tmpdir"));

  @TempDir Path folder;

  private GitHubApi github;

  @BeforeEach
  void setUp(GitHubApi github) throws IOException {
    this.github = github;
    BoardStandIn.stub(github);
    Files.createDirectories(folder.resolve("git-server"));
  }

  @Test
  void aReadyItemIsBuiltPushedReportedAndMoved_andNoSecretIsPrinted() throws IOException {
    SampleRemote remote = remote();
    Set<Path> foldersBefore = runFolders();
    Map<String, String> environment = LocalRunEnvironment.withToken();
    environment.put("KIRO_API_KEY", API_KEY);

    Invocation run = run(environment);

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .contains("Board octo-org/7 (organization), repositories octo-org/sample-service")
        .contains("DynamoDB embedded, S3 embedded")
        .containsPattern("(?m)^  RunBuild +Task +[0-9]+\\.[0-9]{2} s  ok$")
        .contains("Status: SUCCEEDED")
        .contains(
            "Work item: PullRequest #42 \"Export the report as CSV\" in octo-org/sample-service,"
                + " branch feature/export-csv")
        .contains("  Board column: In Review")
        .contains("  Tests: ")
        .contains("Alerts (recorded, not sent):\n  (none)");
    github.verify(BoardStandIn.moved(BoardStandIn.ITEM_ID, BoardStandIn.IN_PROGRESS_OPTION));
    github.verify(BoardStandIn.moved(BoardStandIn.ITEM_ID, BoardStandIn.IN_REVIEW_OPTION));
    github.verify(BoardStandIn.commented("the tests pass and coverage meets the gate"));
    assertThat(remote.subjects())
        .startsWith(
            "feat(feature-export-csv): 2 Grade the honours band",
            "feat(feature-export-csv): 1 Grade the pass band");
    assertThat(run.out() + run.err())
        .doesNotContain(LocalRunEnvironment.TOKEN)
        .doesNotContain(API_KEY);
    assertThat(runFolders()).isEqualTo(foldersBefore);
  }

  @Test
  void anEmptyBoardSucceedsWithNoWorkReady_andKeepsTheGivenWorkFolder() {
    BoardStandIn.emptyBoard(github);
    Path workDir = folder.resolve("work");

    Invocation run = run(LocalRunEnvironment.withToken(), "--work-dir", workDir.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Status: SUCCEEDED")
        .contains("Work item: none ready on the board")
        .containsPattern("(?m)^  NoWorkReady +Succeed ")
        .endsWith("Kept the run's files in " + workDir + System.lineSeparator());
    assertThat(workDir.resolve("buildspec.yml")).exists();
    github.verify(0, BoardStandIn.moved(BoardStandIn.ITEM_ID, BoardStandIn.IN_PROGRESS_OPTION));
  }

  @Test
  void aRejectedSpecFailsTheExecution_exitOne() {
    BoardStandIn.specProblem(github, "tasks-missing");

    Invocation run = run(LocalRunEnvironment.withToken());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out())
        .contains("Status: FAILED")
        .contains("Work item: PullRequest #42 \"Export the report as CSV\"")
        .containsPattern("(?m)^  SpecRejected +Fail ");
    github.verify(0, BoardStandIn.moved(BoardStandIn.ITEM_ID, BoardStandIn.IN_PROGRESS_OPTION));
  }

  @Test
  void withEndpointVariables_theLockTableAndBucketAreMadeInTheEmulators_once(
      AwsEmulators aws, DynamoDbClient dynamoDb, S3Client s3) {
    BoardStandIn.emptyBoard(github);
    Map<String, String> environment = LocalRunEnvironment.withToken();
    environment.putAll(aws.environment());
    String name = aws.uniqueName("emulated");

    Invocation first = run(environment, "--environment", name);
    Invocation second = run(environment, "--environment", name);

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(first.out())
        .contains("DynamoDB " + aws.dynamoDbEndpoint() + ", S3 " + aws.s3Endpoint());
    assertThat(dynamoDb.listTables().tableNames()).contains("kiro-worker-" + name + "-locks");
    assertThat(s3.listBuckets().buckets())
        .anyMatch(bucket -> bucket.name().equals("kiro-worker-" + name + "-artifacts"));
  }

  private Invocation run(Map<String, String> environment, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "run",
                "--local",
                "--config",
                projectDocument().toString(),
                "--github-api-url",
                github.baseUrl(),
                "--github-server-url",
                folder.resolve("git-server").toString(),
                "--agent-command",
                "[\""
                    + REPO.resolve("test-fixtures/agents/fake-agent.sh")
                    + "\",\"change\",\"{prompt}\"]",
                "--agent-preflight",
                "[]"));
    args.addAll(List.of(extra));
    return Invocation.withVariables(environment, args.toArray(String[]::new));
  }

  private Path projectDocument() {
    Path file = folder.resolve("project.json");
    try {
      Files.writeString(file, BoardStandIn.PROJECT_DOCUMENT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private SampleRemote remote() {
    return SampleRemote.create(
        REPO,
        folder.resolve("git-server"),
        BoardStandIn.REPOSITORY,
        BoardStandIn.BRANCH,
        BoardStandIn.SPEC_PATH,
        folder.resolve("author"),
        sample -> {});
  }

  private static Set<Path> runFolders() throws IOException {
    try (Stream<Path> paths = Files.list(TEMP)) {
      return paths
          .filter(path -> path.getFileName().toString().startsWith("kiro-worker-run-"))
          .collect(Collectors.toSet());
    }
  }
}
