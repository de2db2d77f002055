package dev.kiroworker.statemachine.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.ExecutionOptions;
import dev.kiroworker.statemachine.ExecutionResult;
import dev.kiroworker.statemachine.StateMachine;
import dev.kiroworker.statemachine.TaskHandlers;
import dev.kiroworker.statemachine.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The built-in integrations answer in the shapes AWS documents: Lambda's invoke response (AWS Step
 * Functions Developer Guide, "Invoke an AWS Lambda function with Step Functions"), CodeBuild
 * .sync's {"Build": ...} ("Start an AWS CodeBuild build with Step Functions") and SNS publish.
 */
class BuiltInTasksTest {

  private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:";

  private final LambdaFunctions functions =
      new LambdaFunctions()
          .function("Double", payload -> Json.MAPPER.valueToTree(payload.path("n").asInt() * 2))
          .function(
              "Broken",
              payload -> {
                throw new IllegalArgumentException("no n given");
              })
          .function("Nothing", payload -> null);

  @Test
  void lambdaInvoke_wrapsThePayloadAsAwsDoes() {
    ExecutionResult result =
        run(
            task(
                LambdaFunctions.INVOKE,
                "{\"FunctionName\":\"Double\",\"Payload\":{\"n.$\":\"$.n\"}}"),
            "{\"n\":21}",
            functions.bindTo(TaskHandlers.builder()).build());

    JsonNode output = result.output();
    assertThat(output.get("Payload").asInt()).isEqualTo(42);
    assertThat(output.get("StatusCode").asInt()).isEqualTo(200);
    assertThat(output.get("ExecutedVersion").asText()).isEqualTo("$LATEST");
    assertThat(output.at("/SdkHttpMetadata/HttpStatusCode").asInt()).isEqualTo(200);
    assertThat(output.at("/SdkResponseMetadata/RequestId").asText())
        .isEqualTo(output.at("/SdkHttpMetadata/HttpHeaders/x-amzn-RequestId").asText());
  }

  @Test
  void lambdaInvoke_acceptsFunctionArnsWithQualifiers() {
    ExecutionResult result =
        run(
            task(
                LambdaFunctions.INVOKE,
                "{\"FunctionName\":\"" + ARN + "Double:live\",\"Payload\":{\"n\":2}}"),
            "{}",
            functions.bindTo(TaskHandlers.builder()).build());

    assertThat(result.output().get("Payload").asInt()).isEqualTo(4);
  }

  @Test
  void lambdaFunctionArn_returnsThePayloadItself() {
    ExecutionResult result =
        run(
            task(ARN + "Double", null),
            "{\"n\":5}",
            functions.bindTo(TaskHandlers.builder()).build());

    assertThat(result.output().asInt()).isEqualTo(10);
    assertThat(result.history().types())
        .contains("LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionSucceeded");
  }

  @Test
  void lambdaException_isNamedByItsClass_withLambdasErrorDocumentAsCause() {
    ExecutionResult result =
        run(task(ARN + "Broken", null), "{}", functions.bindTo(TaskHandlers.builder()).build());

    assertThat(result.error()).isEqualTo("java.lang.IllegalArgumentException");
    JsonNode cause = Json.parse(result.cause());
    assertThat(cause.get("errorMessage").asText()).isEqualTo("no n given");
    assertThat(cause.get("errorType").asText()).isEqualTo("java.lang.IllegalArgumentException");
    assertThat(cause.get("stackTrace").isArray()).isTrue();
  }

  @Test
  void lambdaInvoke_ofAnUnknownFunction_failsWithResourceNotFound() {
    ExecutionResult result =
        run(
            task(LambdaFunctions.INVOKE, "{\"FunctionName\":\"Missing\",\"Payload\":{}}"),
            "{}",
            functions.bindTo(TaskHandlers.builder()).build());

    assertThat(result.error()).isEqualTo("Lambda.ResourceNotFoundException");
    assertThat(result.cause()).contains("Missing").contains("Double");
  }

  @Test
  void lambdaInvoke_withoutFunctionName_andANullResult() {
    TaskHandlers tasks = functions.bindTo(TaskHandlers.builder()).build();

    assertThat(run(task(LambdaFunctions.INVOKE, "{\"Payload\":{}}"), "{}", tasks).error())
        .isEqualTo("Lambda.InvalidParameterValueException");
    assertThat(
            run(task(LambdaFunctions.INVOKE, "{\"FunctionName\":\"Nothing\"}"), "{}", tasks)
                .output()
                .get("Payload")
                .isNull())
        .isTrue();
  }

  @Test
  void functionNames_areValidated() {
    assertThatThrownBy(() -> new LambdaFunctions().function("bad name", payload -> payload))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 64");
  }

  @Test
  void codeBuildSync_returnsTheBuild_orFailsTheTaskWithTheBuildAsCause() {
    List<JsonNode> started = new ArrayList<>();
    CodeBuildStartBuildSync codeBuild =
        new CodeBuildStartBuildSync(
            parameters -> {
              started.add(parameters);
              String status = parameters.path("SourceVersion").asText();
              return Json.parse("{\"Id\":\"kiro:1\",\"BuildStatus\":\"" + status + "\"}");
            });
    TaskHandlers tasks =
        TaskHandlers.builder().bind(CodeBuildStartBuildSync.RESOURCE, codeBuild).build();
    String state =
        task(
            CodeBuildStartBuildSync.RESOURCE,
            "{\"ProjectName\":\"kiro\",\"SourceVersion.$\":\"$.status\"}");

    ExecutionResult ok = run(state, "{\"status\":\"SUCCEEDED\"}", tasks);
    ExecutionResult failed = run(state, "{\"status\":\"FAILED\"}", tasks);
    ExecutionResult noProject = run(task(CodeBuildStartBuildSync.RESOURCE, "{}"), "{}", tasks);

    assertThat(ok.output().at("/Build/Id").asText()).isEqualTo("kiro:1");
    assertThat(failed.error()).isEqualTo("States.TaskFailed");
    assertThat(Json.parse(failed.cause()).at("/Build/BuildStatus").asText()).isEqualTo("FAILED");
    assertThat(noProject.error()).isEqualTo("CodeBuild.InvalidInputException");
    assertThat(started).hasSize(2);
    assertThat(ok.history().events())
        .anySatisfy(
            event -> {
              assertThat(event.type()).isEqualTo("TaskScheduled");
              assertThat(event.detail("resourceType")).isEqualTo("codebuild");
              assertThat(event.detail("resource")).isEqualTo("startBuild.sync");
              assertThat(Json.parse(event.detail("parameters")).get("ProjectName").asText())
                  .isEqualTo("kiro");
            });
  }

  @Test
  void codeBuildRunnerException_isNamedByItsClass() {
    CodeBuildStartBuildSync codeBuild =
        new CodeBuildStartBuildSync(
            parameters -> {
              throw new java.io.IOException("disk full");
            });
    TaskHandlers tasks =
        TaskHandlers.builder().bind(CodeBuildStartBuildSync.RESOURCE, codeBuild).build();

    ExecutionResult result =
        run(task(CodeBuildStartBuildSync.RESOURCE, "{\"ProjectName\":\"p\"}"), "{}", tasks);

    assertThat(result.error()).isEqualTo("java.io.IOException");
    assertThat(result.cause()).isEqualTo("disk full");
  }

  @Test
  void snsPublish_recordsTheMessageAndAnswersWithAMessageId() {
    SnsPublish sns = SnsPublish.recording();
    TaskHandlers tasks = TaskHandlers.builder().bind(SnsPublish.RESOURCE, sns).build();

    ExecutionResult result =
        run(
            task(
                SnsPublish.RESOURCE,
                "{\"TopicArn\":\"arn:aws:sns:us-east-1:123456789012:alerts\",\"Message.$\":\"$.text\"}"),
            "{\"text\":\"build failed\"}",
            tasks);
    ExecutionResult invalid = run(task(SnsPublish.RESOURCE, "{\"Message\":\"x\"}"), "{}", tasks);

    assertThat(result.output().get("MessageId").asText()).hasSize(36);
    assertThat(sns.published())
        .singleElement()
        .satisfies(m -> assertThat(m.get("Message").asText()).isEqualTo("build failed"));
    assertThat(invalid.error()).isEqualTo("SNS.InvalidParameterException");
  }

  private static String task(String resource, String parameters) {
    return "{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":\""
        + resource
        + "\""
        + (parameters == null ? "" : ",\"Parameters\":" + parameters)
        + ",\"End\":true}}}";
  }

  private static ExecutionResult run(String definition, String input, TaskHandlers tasks) {
    return StateMachine.parse(definition)
        .execute(
            Json.parse(input),
            ExecutionOptions.builder().tasks(tasks).virtualClock(Instant.EPOCH).build());
  }
}
