package dev.kiroworker.worker.demo;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.kiroworker.handlers.lock.DynamoDbLock;
import dev.kiroworker.handlers.lock.ExecutionArn;
import dev.kiroworker.handlers.lock.Lease;
import dev.kiroworker.handlers.lock.LockSettings;
import dev.kiroworker.handlers.lock.WorkItemId;
import dev.kiroworker.statemachine.ExecutionResult;
import dev.kiroworker.worker.cli.Console;
import dev.kiroworker.worker.cli.ExitCode;
import dev.kiroworker.worker.demo.github.DemoWorld;
import dev.kiroworker.worker.demo.github.GitHubStandIn;
import dev.kiroworker.worker.local.ExecutionView;
import dev.kiroworker.worker.local.LocalHandlers;
import dev.kiroworker.worker.local.LocalStorage;
import dev.kiroworker.worker.local.LocalWorkflow;
import dev.kiroworker.worker.local.aws.EmbeddedAws;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One demo run in {@code folder}: the scenario's world served by the GitHub stand-in, the lock
 * table and artifacts bucket in the embedded AWS, the git remote, then the real workflow, watched
 * by the execution view and summed up by the report.
 */
final class DemoRun {

  static final String LOCK_TABLE = "kiro-worker-locks";
  static final String BUCKET = "kiro-worker-artifacts";
  private static final int BUILD_LOG_TAIL = 30;

  private final Console console;
  private final DemoScenario scenario;
  private final Path folder;

  DemoRun(Console console, DemoScenario scenario, Path folder) {
    this.console = console;
    this.scenario = scenario;
    this.folder = folder;
  }

  /** Runs the scenario; 0 when it ended as designed, 1 when it did not. */
  int run() {
    DemoFiles files = DemoFiles.extract(folder);
    scenario.editSample(files.sample());
    DemoWorld world = scenario.world();
    DemoRemote.create(
        folder.resolve("git-server"), world, files.sample(), folder.resolve("author"));
    List<String> buildLog = new ArrayList<>();
    try (GitHubStandIn github = GitHubStandIn.start(world);
        EmbeddedAws aws = EmbeddedAws.start()) {
      LocalStorage.lockTable(aws.dynamoDb(), LOCK_TABLE);
      LocalStorage.bucket(aws.s3(), BUCKET);
      if (scenario.lockHeldElsewhere()) {
        holdTheOnlySlot(aws.dynamoDb());
      }
      LocalWorkflow workflow =
          new LocalWorkflow(
              folder.resolve("git-server"),
              handlers(world, github, aws),
              DemoBuildProject.create(
                  folder, files, scenario.buildVariables(), aws.s3(), BUCKET, buildLog::add));
      console.out().println("Scenario " + scenario.label() + ": " + scenario.summary());
      console.out().println();
      ExecutionView view = new ExecutionView(console.out(), System::nanoTime);
      ExecutionResult result = workflow.run("demo-" + scenario.label(), view::accept);
      new DemoReport(console.out())
          .print(view.path(), result, github, workflow.alerts().published());
      return verdict(view.path(), result, github, buildLog);
    }
  }

  private int verdict(
      List<String> path, ExecutionResult result, GitHubStandIn github, List<String> buildLog) {
    Optional<String> problem =
        DemoVerdict.problem(scenario, path, result.status(), github.unexpectedRequests());
    if (problem.isEmpty()) {
      return ExitCode.OK;
    }
    console.err().println("demo: " + problem.get() + "; the build log's last lines:");
    buildLog
        .subList(Math.max(0, buildLog.size() - BUILD_LOG_TAIL), buildLog.size())
        .forEach(line -> console.err().println("  " + line));
    return ExitCode.NOT_SUCCEEDED;
  }

  private static Map<String, RequestStreamHandler> handlers(
      DemoWorld world, GitHubStandIn github, EmbeddedAws aws) {
    return LocalHandlers.builder(LOCK_TABLE, aws.dynamoDb(), aws.s3())
        .gitHub(URI.create(github.baseUrl()), DemoWorld.TOKEN)
        // GitHub's retry waits would only slow the demo; the stand-in never asks for one.
        .sleeper(duration -> {})
        .projectConfig(world.projectConfig())
        .build();
  }

  /** Another execution works on another item and holds the deployment's one slot. */
  private static void holdTheOnlySlot(DynamoDbClient dynamoDb) {
    new DynamoDbLock(dynamoDb, LockSettings.of(LOCK_TABLE), Clock.systemUTC())
        .acquire(
            WorkItemId.of("PVTI_anotherWorkItem"),
            ExecutionArn.of(LocalWorkflow.executionArn("another-run")),
            Lease.of(Duration.ofMinutes(10), Duration.ofMinutes(5)));
  }
}
