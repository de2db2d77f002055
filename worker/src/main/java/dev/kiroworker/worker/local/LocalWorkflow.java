package dev.kiroworker.worker.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.kiroworker.statemachine.ExecutionOptions;
import dev.kiroworker.statemachine.ExecutionResult;
import dev.kiroworker.statemachine.StateMachine;
import dev.kiroworker.statemachine.TaskHandlers;
import dev.kiroworker.statemachine.history.HistoryEvent;
import dev.kiroworker.statemachine.json.Json;
import dev.kiroworker.statemachine.tasks.BuildRunner;
import dev.kiroworker.statemachine.tasks.CodeBuildStartBuildSync;
import dev.kiroworker.statemachine.tasks.LambdaFunctions;
import dev.kiroworker.statemachine.tasks.SnsPublish;
import dev.kiroworker.statemachine.workflow.WorkItemWorkflow;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * The real {@code work-item.asl.json} (from the statemachine jar) on the local engine, its
 * placeholders filled the way CDK fills them but pointing in process: each function ARN names a
 * handler bound through {@link LambdaFunctions}, the deployment's values come from {@link
 * WorkflowSettings} ({@code ${GitHubServerUrl}} is GitHub itself, or a folder of bare git
 * repositories in the demo and tests), the build project is served by a {@link BuildRunner} and the
 * alert topic by a recording {@link SnsPublish}.
 */
public final class LocalWorkflow {

  public static final String REGION = "us-east-1";
  public static final String ACCOUNT = "000000000000";
  public static final String ENVIRONMENT = "local";
  public static final String BUILD_PROJECT = "kiro-worker-local";

  /** Must match the lock's {@code KIRO_BUILD_TIMEOUT_MINUTES}, so the lease outlives the build. */
  public static final String BUILD_TIMEOUT_MINUTES = "10";

  private final StateMachine machine;
  private final String stateMachineName;
  private final TaskHandlers tasks;
  private final SnsPublish alerts = SnsPublish.recording();

  /**
   * @param gitServer the folder standing in for {@code https://github.com}: repositories are cloned
   *     from {@code <gitServer>/<owner>/<name>.git}
   * @param handlers the workflow's Lambda handlers by function name, e.g. from {@code
   *     WorkflowHandlers}
   */
  public LocalWorkflow(
      Path gitServer, Map<String, RequestStreamHandler> handlers, BuildRunner builds) {
    this(WorkflowSettings.of(gitServer), handlers, builds);
  }

  /**
   * @param settings the values CDK would fill in for the deployment
   * @param handlers the workflow's Lambda handlers by function name, e.g. from {@code
   *     WorkflowHandlers}
   */
  public LocalWorkflow(
      WorkflowSettings settings, Map<String, RequestStreamHandler> handlers, BuildRunner builds) {
    this.machine = StateMachine.parse(definition(settings, handlers));
    this.stateMachineName = stateMachineName(settings.environment());
    LambdaFunctions functions = new LambdaFunctions();
    handlers.forEach((name, handler) -> functions.function(name, new InProcessFunction(handler)));
    this.tasks =
        functions
            .bindTo(TaskHandlers.builder())
            .bind(CodeBuildStartBuildSync.RESOURCE, new CodeBuildStartBuildSync(builds))
            .bind(SnsPublish.RESOURCE, alerts)
            .build();
  }

  /** Runs one execution to its end. */
  public ExecutionResult run(String executionName) {
    return run(executionName, event -> {});
  }

  /** Runs one execution to its end, handing each history event to {@code onEvent} as it happens. */
  public ExecutionResult run(String executionName, Consumer<HistoryEvent> onEvent) {
    return machine.execute(
        Json.object(),
        ExecutionOptions.builder()
            .stateMachineName(stateMachineName)
            .executionName(executionName)
            .region(REGION)
            .account(ACCOUNT)
            .tasks(tasks)
            // Retry waits pass on the engine's virtual clock: a retried state costs no real time.
            // The build itself still takes the real time it takes.
            .virtualClock(Instant.now())
            .random(new SplittableRandom(7))
            .onEvent(onEvent)
            .build());
  }

  /**
   * The execution ARN a run named {@code executionName} gets in the {@value #ENVIRONMENT}
   * environment, as the lock records its owner.
   */
  public static String executionArn(String executionName) {
    return "arn:aws:states:"
        + REGION
        + ":"
        + ACCOUNT
        + ":execution:"
        + stateMachineName(ENVIRONMENT)
        + ":"
        + executionName;
  }

  private static String stateMachineName(String environment) {
    return "kiro-worker-" + environment;
  }

  /** The alerts the workflow published, in order. */
  public SnsPublish alerts() {
    return alerts;
  }

  private static String definition(
      WorkflowSettings settings, Map<String, RequestStreamHandler> handlers) {
    Map<String, String> values = new LinkedHashMap<>();
    handlers
        .keySet()
        .forEach(
            name ->
                values.put(
                    name + "FunctionArn",
                    "arn:aws:lambda:" + REGION + ":" + ACCOUNT + ":function:" + name));
    values.put("BuildProjectName", BUILD_PROJECT);
    values.put("AlertTopicArn", "arn:aws:sns:" + REGION + ":" + ACCOUNT + ":kiro-worker-alerts");
    values.put("EnvironmentName", settings.environment());
    values.put("CoverageThreshold", settings.coverageThreshold());
    values.put("GitHubServerUrl", settings.gitHubServerUrl());
    values.put("BuildTimeoutMinutes", BUILD_TIMEOUT_MINUTES);
    return WorkItemWorkflow.substitute(WorkItemWorkflow.definitionText(), values);
  }
}
