package dev.kiroworker.cdk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowHandlerTest {

  private static final List<String> PLACEHOLDERS =
      List.of(
          "AcquireLockFunctionArn",
          "AlertTopicArn",
          "BuildProjectName",
          "BuildTimeoutMinutes",
          "CoverageThreshold",
          "DiscoverWorkItemFunctionArn",
          "EnvironmentName",
          "GitHubServerUrl",
          "ParseCoverageFunctionArn",
          "ReleaseLockFunctionArn",
          "UpdatePullRequestFunctionArn",
          "ValidateSpecFunctionArn");

  @Test
  void forPlaceholders_namesOneHandlerPerFunctionPlaceholder() {
    List<WorkflowHandler> handlers = WorkflowHandler.forPlaceholders(PLACEHOLDERS);

    assertThat(handlers)
        .extracting(WorkflowHandler::name)
        .containsExactly(
            "AcquireLock",
            "DiscoverWorkItem",
            "ParseCoverage",
            "ReleaseLock",
            "UpdatePullRequest",
            "ValidateSpec");
    WorkflowHandler discover = handlers.get(1);
    assertThat(discover.handlerClass())
        .isEqualTo("dev.kiroworker.handlers.DiscoverWorkItemHandler");
    assertThat(discover.placeholder()).isEqualTo("DiscoverWorkItemFunctionArn");
    assertThat(discover.access())
        .containsExactlyInAnyOrder(
            HandlerAccess.READ_PROJECT_CONFIG,
            HandlerAccess.READ_GITHUB_TOKEN,
            HandlerAccess.CHECK_LOCKS);
  }

  @Test
  void onlyTheHandlersThatReadTheTokenCallGitHub() {
    assertThat(WorkflowHandler.forPlaceholders(PLACEHOLDERS))
        .filteredOn(WorkflowHandler::callsGitHub)
        .extracting(WorkflowHandler::name)
        .containsExactly("DiscoverWorkItem", "UpdatePullRequest", "ValidateSpec");
  }

  @Test
  void forPlaceholders_whenAPlaceholderNamesAnUnknownHandler_failsNamingIt() {
    List<String> placeholders = new ArrayList<>(PLACEHOLDERS);
    placeholders.add("SummarizeBuildFunctionArn");
    // A bare suffix is no handler's placeholder.
    placeholders.add("FunctionArn");

    assertThatThrownBy(() -> WorkflowHandler.forPlaceholders(placeholders))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("${SummarizeBuildFunctionArn}")
        .hasMessageContaining("dev.kiroworker.handlers.SummarizeBuildHandler")
        .hasMessageContaining("add it to WorkflowHandler's ACCESS")
        .hasMessageNotContaining("${FunctionArn}");
  }

  @Test
  void forPlaceholders_whenAKnownHandlerIsNoLongerCalled_fails() {
    List<String> placeholders = new ArrayList<>(PLACEHOLDERS);
    placeholders.remove("ReleaseLockFunctionArn");

    assertThatThrownBy(() -> WorkflowHandler.forPlaceholders(placeholders))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("lists ReleaseLock, which the workflow no longer calls");
  }
}
