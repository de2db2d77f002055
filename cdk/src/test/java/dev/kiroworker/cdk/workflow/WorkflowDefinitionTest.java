package dev.kiroworker.cdk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.statemachine.workflow.WorkItemWorkflow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkflowDefinitionTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String SMALL =
      """
      {"Comment": "c", "StartAt": "Run", "States": {"Run": {"Type": "Task",
       "Resource": "arn:aws:states:::lambda:invoke",
       "Parameters": {"FunctionName": "${RunFunctionArn}", "Payload": {"env": "${EnvironmentName}"}},
       "End": true}}}
      """;

  @Test
  void load_readsTheCommittedDefinitionWithItsDocumentedPlaceholders() {
    WorkflowDefinition definition = WorkflowDefinition.load();

    assertThat(definition.placeholders())
        .containsExactlyInAnyOrder(
            "DiscoverWorkItemFunctionArn",
            "ValidateSpecFunctionArn",
            "AcquireLockFunctionArn",
            "ReleaseLockFunctionArn",
            "ParseCoverageFunctionArn",
            "UpdatePullRequestFunctionArn",
            "BuildProjectName",
            "AlertTopicArn",
            "EnvironmentName",
            "CoverageThreshold",
            "GitHubServerUrl",
            "BuildTimeoutMinutes");
    assertThat(definition.handlers()).hasSize(6);
  }

  @Test
  void withExecutionTimeout_addsTimeoutSecondsBeforeStartAtAndKeepsEverythingElse()
      throws Exception {
    WorkflowDefinition definition = WorkflowDefinition.load();

    String timed = definition.withExecutionTimeout(Duration.ofMinutes(75));

    ObjectNode parsed = (ObjectNode) JSON.readTree(timed);
    List<String> keys = new ArrayList<>();
    parsed.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsSubsequence("TimeoutSeconds", "StartAt");
    assertThat(parsed.path("TimeoutSeconds").asLong()).isEqualTo(4500);
    parsed.remove("TimeoutSeconds");
    assertThat(parsed).isEqualTo(JSON.readTree(WorkItemWorkflow.definitionText()));
    assertThat(WorkItemWorkflow.placeholders(timed)).isEqualTo(definition.placeholders());
  }

  @Test
  void withExecutionTimeout_whenTheFileSetsItsOwn_fails() {
    WorkflowDefinition definition =
        new WorkflowDefinition(SMALL.replace("\"StartAt\"", "\"TimeoutSeconds\": 60, \"StartAt\""));

    assertThatThrownBy(() -> definition.withExecutionTimeout(Duration.ofMinutes(5)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("sets its own TimeoutSeconds");
  }

  @Test
  void withExecutionTimeout_whenTheFileIsNoDefinition_fails() {
    for (String text : List.of("{not json", "[1, 2]", "{\"States\": {}}")) {
      assertThatThrownBy(
              () -> new WorkflowDefinition(text).withExecutionTimeout(Duration.ofMinutes(5)))
          .as(text)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("work-item.asl.json is not");
    }
  }

  @Test
  void substitutions_returnsTheValuesWhenTheyFillEveryPlaceholder() throws Exception {
    WorkflowDefinition definition = new WorkflowDefinition(SMALL);
    Map<String, String> values =
        Map.of(
            "RunFunctionArn",
            "arn:aws:lambda:eu-west-1:111122223333:function:run:live",
            "EnvironmentName",
            "test");

    assertThat(definition.substitutions(values)).isEqualTo(values);
    JsonNode run =
        JSON.readTree(definition.withExecutionTimeout(Duration.ofMinutes(1))).at("/States/Run");
    assertThat(run.at("/Parameters/FunctionName").asText()).isEqualTo("${RunFunctionArn}");
  }

  @Test
  void substitutions_whenAPlaceholderHasNoValueOrAValueNoPlaceholder_failsNamingBoth() {
    WorkflowDefinition definition = new WorkflowDefinition(SMALL);

    assertThatThrownBy(
            () ->
                definition.substitutions(
                    Map.of("RunFunctionArn", "arn", "CoverageThreshold", "80")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no value for ${EnvironmentName}")
        .hasMessageContaining("the definition has no ${CoverageThreshold}");
  }
}
