package dev.kiroworker.worker.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.kiroworker.statemachine.ExecutionOptions;
import dev.kiroworker.statemachine.ExecutionResult;
import dev.kiroworker.statemachine.StateMachine;
import dev.kiroworker.statemachine.TaskHandlers;
import dev.kiroworker.statemachine.json.Json;
import dev.kiroworker.statemachine.tasks.BuildRunner;
import dev.kiroworker.statemachine.tasks.CodeBuildStartBuildSync;
import dev.kiroworker.statemachine.tasks.LambdaFunctions;
import dev.kiroworker.statemachine.tasks.SnsPublish;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The real {@code statemachine/work-item.asl.json} on the local engine, its placeholders filled the
 * way CDK fills them but pointing in process: each function ARN names a handler bound through
 * {@link LambdaFunctions}, {@code ${GitHubServerUrl}} is a folder of bare git repositories, the
 * build project is served by a {@link BuildRunner} and the alert topic by a recording {@link
 * SnsPublish}.
 */
final class LocalWorkflow {

  static final String REGION = "us-east-1";
  static final String ACCOUNT = "000000000000";
  static final String ENVIRONMENT = "local";
  static final String BUILD_PROJECT = "kiro-worker-e2e";

  private final StateMachine machine;
  private final TaskHandlers tasks;
  private final SnsPublish alerts = SnsPublish.recording();

  /**
   * @param gitServer the folder standing in for {@code https://github.com}: repositories are cloned
   *     from {@code <gitServer>/<owner>/<name>.git}
   */
  LocalWorkflow(
      Path repositoryRoot,
      Path gitServer,
      Map<String, RequestStreamHandler> handlers,
      BuildRunner builds) {
    this.machine = StateMachine.parse(definition(repositoryRoot, gitServer, handlers));
    LambdaFunctions functions = new LambdaFunctions();
    handlers.forEach((name, handler) -> functions.function(name, new InProcessFunction(handler)));
    this.tasks =
        functions
            .bindTo(TaskHandlers.builder())
            .bind(CodeBuildStartBuildSync.RESOURCE, new CodeBuildStartBuildSync(builds))
            .bind(SnsPublish.RESOURCE, alerts)
            .build();
  }

  ExecutionResult run(String executionName) {
    return machine.execute(
        Json.object(),
        ExecutionOptions.builder()
            .stateMachineName("kiro-worker-" + ENVIRONMENT)
            .executionName(executionName)
            .region(REGION)
            .account(ACCOUNT)
            .tasks(tasks)
            // Retry waits pass on the engine's virtual clock: a retried state costs no real time.
            .virtualClock(Instant.parse("2026-11-26T10:00:00Z"))
            .random(new SplittableRandom(7))
            .build());
  }

  SnsPublish alerts() {
    return alerts;
  }

  private static String definition(
      Path repositoryRoot, Path gitServer, Map<String, RequestStreamHandler> handlers) {
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
    values.put("EnvironmentName", ENVIRONMENT);
    values.put("CoverageThreshold", "80");
    values.put("GitHubServerUrl", gitServer.toString());
    values.put("BuildTimeoutMinutes", "10");
    String text = read(repositoryRoot.resolve("statemachine/work-item.asl.json"));
    for (Map.Entry<String, String> value : values.entrySet()) {
      text = text.replace("${" + value.getKey() + "}", value.getValue());
    }
    assertThat(text).as("every placeholder is filled").doesNotContainPattern("\\$\\{[A-Za-z]+\\}");
    return text;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
