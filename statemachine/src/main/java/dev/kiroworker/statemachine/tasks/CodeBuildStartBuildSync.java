package dev.kiroworker.statemachine.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.statemachine.StatesErrors;
import dev.kiroworker.statemachine.StatesException;
import dev.kiroworker.statemachine.TaskHandler;
import dev.kiroworker.statemachine.TaskRequest;
import dev.kiroworker.statemachine.json.Json;

/**
 * {@code arn:aws:states:::codebuild:startBuild.sync}: runs the build to its end and returns {@code
 * {"Build": {...}}}. A build that ends in any status but SUCCEEDED fails the task with {@code
 * States.TaskFailed} and the build response as the cause, as the .sync integration does.
 */
public final class CodeBuildStartBuildSync implements TaskHandler {

  public static final String RESOURCE = "arn:aws:states:::codebuild:startBuild.sync";

  private final BuildRunner runner;

  public CodeBuildStartBuildSync(BuildRunner runner) {
    this.runner = runner;
  }

  @Override
  public JsonNode invoke(TaskRequest request) {
    if (!request.input().path("ProjectName").isTextual()) {
      throw new StatesException(
          "CodeBuild.InvalidInputException", "startBuild needs a ProjectName parameter");
    }
    JsonNode build;
    try {
      build = runner.run(request.input());
    } catch (StatesException e) {
      throw e;
    } catch (Exception e) {
      throw new StatesException(e.getClass().getName(), e.getMessage());
    }
    ObjectNode response = Json.object();
    response.set("Build", build);
    String status = build.path("BuildStatus").asText("");
    if (!"SUCCEEDED".equals(status)) {
      throw new StatesException(StatesErrors.TASK_FAILED, Json.write(response));
    }
    return response;
  }
}
