package dev.kiroworker.worker.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.WorkflowHandlers;
import dev.kiroworker.handlers.config.Settings;
import dev.kiroworker.statemachine.ExecutionResult;
import dev.kiroworker.statemachine.ExecutionStatus;
import dev.kiroworker.statemachine.tasks.BuildRunner;
import dev.kiroworker.testsupport.AwsEmulatorExtension;
import dev.kiroworker.testsupport.AwsEmulators;
import dev.kiroworker.testsupport.GitHubApi;
import dev.kiroworker.testsupport.GitHubApiExtension;
import dev.kiroworker.worker.build.runner.LocalBuildRunner;
import dev.kiroworker.worker.build.runner.LocalCodeBuild;
import dev.kiroworker.worker.build.runner.S3ArtifactPublisher;
import dev.kiroworker.worker.local.LocalWorkflow;
import dev.kiroworker.worker.local.ProjectEnvironment;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The whole workflow on a laptop: the real {@code work-item.asl.json} on the local engine, the six
 * real handlers (from {@link WorkflowHandlers}) against dynalite, s3rver and a WireMock GitHub, and
 * the real {@code buildspec.yml} run by the local build runner against a bare git remote holding
 * the node sample, with the fake agent, its artifacts uploaded to s3rver for ParseCoverage.
 */
@ExtendWith({AwsEmulatorExtension.class, GitHubApiExtension.class})
class WorkflowEndToEndTest {

  private static final Path REPO = SampleRemote.repositoryRoot();
  private static final String TOKEN = "ghp_" + "e2eWorkflowToken".repeat(3);
  private static final String API_KEY = "kiro-api-key-workflow-0123456789";

  @TempDir Path folder;

  private final List<String> buildLog = new ArrayList<>();
  private DynamoDbClient dynamoDb;
  private S3Client s3;
  private GitHubApi github;
  private String lockTable;
  private String bucket;

  @BeforeEach
  void setUp(AwsEmulators aws, DynamoDbClient dynamoDb, S3Client s3, GitHubApi github) {
    this.dynamoDb = dynamoDb;
    this.s3 = s3;
    this.github = github;
    lockTable = aws.createTable("workflow-locks", "lockId");
    bucket = aws.uniqueName("workflow-artifacts");
    s3.createBucket(request -> request.bucket(bucket));
    BoardStandIn.stub(github);
  }

  @Test
  void aReadyItemIsImplementedTestedPushedReportedAndMovedToReview() {
    SampleRemote remote = remote(sample -> {});
    LocalWorkflow workflow = workflow();

    ExecutionResult result = workflow.run("happy-path");

    assertThat(result.status()).as(diagnostics(result)).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(statesEntered(result))
        .containsSubsequence(
            "DiscoverWorkItem",
            "ReportStuck",
            "ValidateSpec",
            "AcquireLock",
            "ReportStarted",
            "RunBuild",
            "ParseCoverage",
            "MeetsQualityGate",
            "ReportSuccess",
            "ReleaseLock",
            "Done");
    JsonNode output = result.output();
    assertThat(output.at("/results/gate/met").asBoolean()).isTrue();
    assertThat(output.at("/reportSuccess/statusColumn").asText()).isEqualTo("In Review");

    github.verify(BoardStandIn.commented("the tests pass and coverage meets the gate"));
    github.verify(BoardStandIn.commented("**Tests:** "));
    github.verify(BoardStandIn.moved(BoardStandIn.ITEM_ID, BoardStandIn.IN_PROGRESS_OPTION));
    github.verify(BoardStandIn.moved(BoardStandIn.ITEM_ID, BoardStandIn.IN_REVIEW_OPTION));
    github.verify(0, BoardStandIn.moved(BoardStandIn.ITEM_ID, BoardStandIn.FAILED_OPTION));
    // Crash recovery on the way: the In Progress item nobody holds goes to the failed column.
    github.verify(BoardStandIn.moved(BoardStandIn.STUCK_ITEM_ID, BoardStandIn.FAILED_OPTION));
    assertThat(workflow.alerts().published()).isEmpty();
    // The lock was really taken (in dynalite), and ReleaseLock gave it back.
    assertThat(output.at("/lock/acquired").asBoolean()).isTrue();
    assertThat(output.at("/release/released").asBoolean()).isTrue();
    assertThat(locksHeld()).isEmpty();

    String buildId = output.at("/build/id").asText();
    String prefix = LocalWorkflow.ENVIRONMENT + "/" + buildId + "/";
    assertThat(output.at("/build/artifactsLocation").asText())
        .isEqualTo("arn:aws:s3:::" + bucket + "/" + LocalWorkflow.ENVIRONMENT + "/" + buildId);
    assertThat(artifactKeys())
        .contains(prefix + "summary.json", prefix + "reports/coverage/lcov.info")
        .anyMatch(key -> key.startsWith(prefix + "reports/junit/"));
    assertThat(remote.subjects())
        .startsWith(
            "feat(feature-export-csv): 2 Grade the honours band",
            "feat(feature-export-csv): 1 Grade the pass band");
  }

  @Test
  void failingTestsTakeTheFailurePath_reportTheReasons_alertOnce_andReleaseTheLock() {
    SampleRemote remote =
        remote(
            sample ->
                SampleRemote.replace(
                    sample.resolve("test/grade.test.js"),
                    "assert.equal(grade(90), 'A')",
                    "assert.equal(grade(90), 'B')"));
    LocalWorkflow workflow = workflow();

    ExecutionResult result = workflow.run("tests-fail");

    assertThat(result.status()).as(diagnostics(result)).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("KiroWorker.WorkItemFailed");
    assertThat(statesEntered(result))
        .containsSubsequence(
            "ReportStarted",
            "RunBuild",
            "DidTheBuildRun",
            "ReadFailedBuild",
            "ParseCoverageOfFailedBuild",
            "ReportFailure",
            "ReleaseLockAfterFailure",
            "NotifyFailure",
            "Failed")
        .doesNotContain("ReportSuccess", "RecordFailure");
    github.verify(BoardStandIn.commented("the quality gate was not met"));
    github.verify(BoardStandIn.commented("#### Quality gate"));
    github.verify(BoardStandIn.moved(BoardStandIn.ITEM_ID, BoardStandIn.FAILED_OPTION));
    github.verify(0, BoardStandIn.moved(BoardStandIn.ITEM_ID, BoardStandIn.IN_REVIEW_OPTION));
    List<JsonNode> alerts = workflow.alerts().published();
    assertThat(alerts).hasSize(1);
    JsonNode message = alerts.get(0).path("Message");
    assertThat(message.at("/workItem/projectItemId").asText()).isEqualTo(BoardStandIn.ITEM_ID);
    assertThat(message.path("summary").asText()).contains(BoardStandIn.TITLE);
    assertThat(message.at("/qualityGate/gate/met").asBoolean()).isFalse();
    assertThat(locksHeld()).isEmpty();
    // The agent's work is pushed even though its tests fail, so the pull request shows it.
    assertThat(remote.subjects())
        .first()
        .isEqualTo("feat(feature-export-csv): 2 Grade the honours band");
  }

  private SampleRemote remote(Consumer<Path> edit) {
    return SampleRemote.create(
        REPO,
        folder.resolve("git-server"),
        BoardStandIn.REPOSITORY,
        BoardStandIn.BRANCH,
        BoardStandIn.SPEC_PATH,
        folder.resolve("author"),
        edit);
  }

  private LocalWorkflow workflow() {
    Map<String, RequestStreamHandler> handlers =
        WorkflowHandlers.builder()
            .settings(
                Settings.of(
                    Map.of("KIRO_LOCK_TABLE", lockTable, "KIRO_BUILD_TIMEOUT_MINUTES", "10")))
            .dynamoDb(dynamoDb)
            .s3(s3)
            .gitHub(URI.create(github.baseUrl()), TOKEN)
            .sleeper(duration -> {})
            .projectConfig(BoardStandIn.projectConfig())
            .clock(Clock.systemUTC())
            .build();
    return new LocalWorkflow(folder.resolve("git-server"), handlers, codeBuild());
  }

  /**
   * The build project: the repository's buildspec with the fake agent; the project's own variables
   * let the build clone from a local folder and use the fake agent instead of installing Kiro.
   */
  private BuildRunner codeBuild() {
    Path bin = folder.resolve("bin");
    SampleRemote.write(
        bin.resolve("kiro-worker"),
        "#!/bin/sh\nexec '"
            + Path.of(System.getProperty("java.home"), "bin", "java")
            + "' -cp '"
            + System.getProperty("java.class.path")
            + "' dev.kiroworker.worker.KiroWorker \"$@\"\n");
    assertThat(bin.resolve("kiro-worker").toFile().setExecutable(true)).isTrue();
    Map<String, String> image = new HashMap<>(System.getenv());
    image.put("PATH", bin + ":" + System.getenv("PATH"));
    // The secrets reach the build only through the buildspec's secrets-manager references.
    image.remove("GITHUB_TOKEN");
    image.remove("KIRO_API_KEY");
    LocalCodeBuild codeBuild =
        new LocalCodeBuild(
            REPO.resolve("buildspec.yml"),
            (project, number) -> Files.createDirectories(folder.resolve("sources/" + number)),
            folder.resolve("builds"),
            Map.of("${GitHubTokenSecretArn}", TOKEN, "${KiroApiKeySecretArn}", API_KEY),
            new LocalBuildRunner(image, Clock.systemUTC()),
            new S3ArtifactPublisher(s3, bucket),
            buildLog::add);
    String agent = REPO.resolve("test-fixtures/agents/fake-agent.sh").toString();
    return new ProjectEnvironment(
        Map.of(
            "KIRO_ALLOW_LOCAL_REMOTE", "true",
            "KIRO_INSTALL_AGENT", "false",
            "KIRO_AGENT_COMMAND", "[\"" + agent + "\",\"change\",\"{prompt}\"]",
            "KIRO_AGENT_PREFLIGHT", "[]"),
        codeBuild);
  }

  /** The states the execution entered, in order, from its history. */
  private static List<String> statesEntered(ExecutionResult result) {
    return result.history().events().stream()
        .filter(event -> event.type().endsWith("StateEntered"))
        .map(event -> event.detail("name"))
        .toList();
  }

  private List<Map<String, ?>> locksHeld() {
    return List.copyOf(dynamoDb.scan(request -> request.tableName(lockTable)).items());
  }

  private List<String> artifactKeys() {
    return s3.listObjectsV2Paginator(request -> request.bucket(bucket)).contents().stream()
        .map(S3Object::key)
        .toList();
  }

  private String diagnostics(ExecutionResult result) {
    return result.summary() + "\n" + String.join("\n", buildLog);
  }
}
