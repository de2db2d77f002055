package dev.kiroworker.statemachine.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.ExecutionResult;
import dev.kiroworker.statemachine.ExecutionStatus;
import dev.kiroworker.statemachine.json.Json;
import dev.kiroworker.statemachine.workflow.WorkItemWorld.Gate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every expected path of {@code work-item.asl.json}, on the local engine with scripted tasks. */
class WorkItemPathsTest {

  @Test
  void readyItem_buildPassesTheGate_reportsSuccessAndReleasesTheLock() {
    WorkItemWorld world = new WorkItemWorld();

    ExecutionResult result = world.run();

    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(world.phases()).containsExactly("started", "succeeded");
    assertThat(world.reports())
        .extracting(WorkItemWorld.Report::state)
        .containsExactly("ReportStarted", "ReportSuccess");
    assertThat(world.alerts()).isEmpty();
    assertThat(world.lock().acquisitions()).isEqualTo(1);
    assertThat(world.lock().heldBy(result.executionArn())).isEmpty();
    assertThat(world.calls())
        .containsExactly(
            "DiscoverWorkItem",
            "ValidateSpec",
            "AcquireLock",
            "ReportStarted",
            "RunBuild",
            "ParseCoverage",
            "ReportSuccess",
            "ReleaseLock");
  }

  @Test
  void readyItem_startsTheBuildWithTheWorkItemsEnvironment() {
    WorkItemWorld world = new WorkItemWorld();

    world.run();

    JsonNode request = world.buildRequests().getFirst();
    assertThat(request.path("ProjectName").asText()).isEqualTo(WorkItemDefinition.BUILD_PROJECT);
    assertThat(environment(request))
        .containsExactly(
            "KIRO_REPOSITORY_URL=https://github.com/octo-org/sample-service.git",
            "KIRO_BRANCH=feature/export-csv",
            "KIRO_SPEC_PATH=.kiro/specs/feature-export-csv",
            "KIRO_WORK_ITEM=" + WorkItemWorld.ITEM_ID,
            "KIRO_ENVIRONMENT=test",
            "COVERAGE_THRESHOLD=80");
    assertThat(world.coverageRequests().getFirst().path("reportsLocation").asText())
        .isEqualTo(WorkItemWorld.ARTIFACTS);
  }

  @Test
  void readyItem_endsWithASmallDocumentUnderOneKeyPerState() {
    WorkItemWorld world = new WorkItemWorld();

    JsonNode output = world.run().output();

    assertThat(fieldNames(output))
        .containsExactlyInAnyOrder(
            "input",
            "settings",
            "build",
            "results",
            "failure",
            "cleanup",
            "workItem",
            "recovery",
            "validation",
            "lock",
            "reportStarted",
            "reportSuccess",
            "release");
    assertThat(fieldNames(output.path("build")))
        .containsExactly("id", "status", "artifactsLocation", "partial", "exportedVariables");
    assertThat(output.path("build").path("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(output.toString()).doesNotContain("Phases", "SdkHttpMetadata", "Payload");
    assertThat(output.path("failure").isNull()).isTrue();
    assertThat(output.path("release").path("status").asText()).isEqualTo("RELEASED");
  }

  @Test
  void emptyBoard_succeedsWithoutTouchingTheLockOrTheBoard() {
    WorkItemWorld world = new WorkItemWorld().noWork();

    ExecutionResult result = world.run();

    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(world.calls()).containsExactly("DiscoverWorkItem");
    assertThat(world.phases()).isEmpty();
    assertThat(world.alerts()).isEmpty();
    assertThat(world.lock().acquisitions()).isZero();
  }

  @Test
  void invalidSpec_reportsRejectedAndFailsWithoutTakingTheLock() {
    WorkItemWorld world = new WorkItemWorld().invalidSpec();

    ExecutionResult result = world.run();

    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("KiroWorker.SpecRejected");
    assertThat(world.phases()).containsExactly("rejected");
    assertThat(
            world
                .reports()
                .getFirst()
                .payload()
                .path("validation")
                .path("problems")
                .get(0)
                .asText())
        .contains("design.md is missing");
    assertThat(world.alerts()).isEmpty();
    assertThat(world.lock().acquisitions()).isZero();
  }

  @Test
  void lockHeldByAnotherExecution_endsQuietlyAndLeavesTheirLock() {
    WorkItemWorld world = new WorkItemWorld().lockHeldElsewhere();

    ExecutionResult result = world.run();

    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(world.calls()).containsExactly("DiscoverWorkItem", "ValidateSpec", "AcquireLock");
    assertThat(world.phases()).isEmpty();
    assertThat(world.alerts()).isEmpty();
    assertThat(world.lock().heldBy(result.executionArn())).isEmpty();
    assertThat(world.lock().heldBy("arn:aws:states:eu-west-1:111122223333:execution:other:run-0"))
        .containsExactly(WorkItemWorld.ITEM_ID);
  }

  @Test
  void failingTests_failedBuildStillHasItsReportsReadAndGoesToTheFailedColumn() {
    WorkItemWorld world = new WorkItemWorld().buildEnds("FAILED").gate(Gate.TESTS_FAILING);

    ExecutionResult result = world.run();

    assertFailedAndCleanedUp(world, result);
    assertThat(world.calls())
        .contains("ParseCoverageOfFailedBuild")
        .doesNotContain("ParseCoverage");
    assertThat(world.coverageRequests().getFirst().path("reportsLocation").asText())
        .isEqualTo(WorkItemWorld.ARTIFACTS);
    JsonNode report = failedReport(world);
    assertThat(report.path("results").path("gate").path("testsFailed").asInt()).isEqualTo(2);
    assertThat(report.path("failure").isNull())
        .as("the gate's reasons explain a failed test; no error block")
        .isTrue();
    assertThat(report.path("build").path("status").asText()).isEqualTo("FAILED");
    assertThat(result.output()).isNull();
  }

  @Test
  void failingTests_theFailurePathSeesTheSameDocumentShapeAsTheHappyPath() {
    JsonNode succeeded = new WorkItemWorld().run().output();
    ExecutionResult failed = new WorkItemWorld().buildEnds("FAILED").gate(Gate.TESTS_FAILING).run();

    JsonNode atReportFailure = inputOf(failed, "ReportFailure");

    assertThat(fieldNames(atReportFailure))
        .containsAll(
            fieldNames(succeeded).stream()
                .filter(name -> !name.startsWith("report") && !name.equals("release"))
                .toList())
        .doesNotContain("error", "failedBuild");
    assertThat(fieldNames(atReportFailure.path("build")))
        .isEqualTo(fieldNames(succeeded.path("build")));
    assertThat(atReportFailure.toString()).doesNotContain("Phases");
  }

  @Test
  void failedBuildWithoutReports_reportsTheBuildFailure() {
    WorkItemWorld world =
        new WorkItemWorld()
            .buildEnds("FAILED")
            .alwaysFailAt("ParseCoverageOfFailedBuild", WorkItemWorld.PERMANENT);

    ExecutionResult result = world.run();

    assertFailedAndCleanedUp(world, result);
    JsonNode failure = failedReport(world).path("failure");
    assertThat(failure.path("error").asText()).isEqualTo("KiroWorker.BuildFailed");
    assertThat(failure.path("cause").asText()).contains(WorkItemWorld.BUILD_ID, "FAILED");
  }

  @Test
  void failedBuildThatPassedTheGate_isStillAFailure() {
    WorkItemWorld world = new WorkItemWorld().buildEnds("FAILED").gate(Gate.MET);

    ExecutionResult result = world.run();

    assertFailedAndCleanedUp(world, result);
    assertThat(failedReport(world).path("failure").path("error").asText())
        .isEqualTo("KiroWorker.BuildFailed");
    assertThat(failedReport(world).path("results").path("gate").path("met").asBoolean()).isTrue();
  }

  @Test
  void coverageBelowThreshold_reportsTheGateAndAlerts() {
    WorkItemWorld world = new WorkItemWorld().gate(Gate.COVERAGE_BELOW_THRESHOLD);

    ExecutionResult result = world.run();

    assertFailedAndCleanedUp(world, result);
    JsonNode report = failedReport(world);
    assertThat(report.path("results").path("gate").path("linePct").asDouble()).isEqualTo(72.4);
    assertThat(report.path("failure").isNull()).isTrue();
    JsonNode message = world.alerts().getFirst().path("Message");
    assertThat(message.path("qualityGate").path("gate").path("met").asBoolean()).isFalse();
  }

  @Test
  void agentStoppedWithPartialWork_isReportedAsATimeoutEvenWhenTheGateIsMet() {
    WorkItemWorld world = new WorkItemWorld().partialWork();

    ExecutionResult result = world.run();

    assertFailedAndCleanedUp(world, result);
    JsonNode report = failedReport(world);
    assertThat(report.path("failure").path("error").asText()).isEqualTo("KiroWorker.AgentTimeout");
    assertThat(report.path("failure").path("cause").asText()).contains("open tasks remain");
    assertThat(report.path("results").path("gate").path("met").asBoolean()).isTrue();
  }

  @Test
  void buildStoppedByCodeBuildsTimeout_isReportedWithItsStatus() {
    WorkItemWorld world = new WorkItemWorld().buildEnds("TIMED_OUT").gate(Gate.TESTS_FAILING);

    ExecutionResult result = world.run();

    assertFailedAndCleanedUp(world, result);
    assertThat(failedReport(world).path("build").path("status").asText()).isEqualTo("TIMED_OUT");
  }

  @Test
  void runBuildTimesOut_reportsTheTimeout() {
    WorkItemWorld world = new WorkItemWorld().alwaysFailAt("RunBuild", "States.Timeout");

    ExecutionResult result = world.run();

    assertFailedAndCleanedUp(world, result);
    assertThat(world.callsOf("RunBuild")).isEqualTo(1);
    assertThat(failedReport(world).path("failure").path("error").asText())
        .isEqualTo("States.Timeout");
  }

  @Test
  void runBuildErrorWithoutACause_stillTakesTheFailurePath() {
    WorkItemWorld world =
        new WorkItemWorld().failWithoutCauseAt("RunBuild", "java.io.UncheckedIOException");

    ExecutionResult result = world.run();

    assertFailedAndCleanedUp(world, result);
    JsonNode failure = failedReport(world).path("failure");
    assertThat(failure.path("error").asText()).isEqualTo("java.io.UncheckedIOException");
    assertThat(failure.path("cause").asText()).contains("without a cause");
  }

  @Test
  void stuckItems_areReportedStuckOneByOneAndTheRunGoesOn() {
    WorkItemWorld world =
        new WorkItemWorld().stuckItem("PVTI_stuck1", 51).stuckItem("PVTI_stuck2", 52);

    ExecutionResult result = world.run();

    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(world.phases()).containsExactly("stuck", "stuck", "started", "succeeded");
    assertThat(world.reports().subList(0, 2))
        .extracting(report -> report.payload().path("workItem").path("projectItemId").asText())
        .containsExactly("PVTI_stuck1", "PVTI_stuck2");
    assertThat(world.reports().getFirst().state()).isEqualTo("ReportStuck");
    assertThat(world.reports().getFirst().payload().path("execution").path("arn").asText())
        .isEqualTo(result.executionArn());
    assertThat(result.output().path("recovery")).hasSize(2);
    assertThat(world.alerts()).isEmpty();
  }

  @Test
  void stuckItemOnAnEmptyBoard_isStillRecovered() {
    WorkItemWorld world = new WorkItemWorld().noWork().stuckItem("PVTI_stuck1", 51);

    ExecutionResult result = world.run();

    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(world.phases()).containsExactly("stuck");
    assertThat(world.lock().acquisitions()).isZero();
  }

  @Test
  void stuckItemThatCannotBeReported_doesNotStopTheRun() {
    WorkItemWorld world =
        new WorkItemWorld()
            .stuckItem("PVTI_stuck1", 51)
            .alwaysFailAt("ReportStuck", WorkItemWorld.PERMANENT);

    ExecutionResult result = world.run();

    assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(world.phases()).containsExactly("started", "succeeded");
    assertThat(result.output().path("recovery").get(0).path("error").path("Error").asText())
        .isEqualTo(WorkItemWorld.PERMANENT);
  }

  /** The failure path ran to its end: reported failed, released, alerted once, execution FAILED. */
  static void assertFailedAndCleanedUp(WorkItemWorld world, ExecutionResult result) {
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo("KiroWorker.WorkItemFailed");
    assertThat(world.phases()).last().isEqualTo("failed");
    assertThat(world.lock().heldBy(result.executionArn())).isEmpty();
    assertThat(world.alerts()).hasSize(1);
    assertAlertDescribesTheRun(world.alerts().getFirst(), result);
  }

  static void assertAlertDescribesTheRun(JsonNode alert, ExecutionResult result) {
    assertThat(alert.path("TopicArn").asText()).isEqualTo(WorkItemDefinition.TOPIC_ARN);
    assertThat(alert.path("Subject").asText()).contains("test").hasSizeLessThan(100);
    JsonNode message = alert.path("Message");
    assertThat(message.path("summary").asText()).contains(WorkItemWorld.ITEM_TITLE);
    assertThat(message.path("workItem").path("url").asText()).isEqualTo(WorkItemWorld.PR_URL);
    assertThat(message.path("pullRequest").path("url").asText()).isEqualTo(WorkItemWorld.PR_URL);
    assertThat(message.path("execution").asText()).isEqualTo(result.executionArn());
    assertThat(message.path("executionConsoleUrl").asText())
        .startsWith("https://eu-west-1.console.aws.amazon.com/states/home?region=eu-west-1#")
        .endsWith(result.executionArn());
    assertThat(message.path("failure").isObject() || message.path("qualityGate").isObject())
        .as("the alert says what failed")
        .isTrue();
    assertThat(message.path("whatToDo").asText()).contains("move the board item back");
  }

  static JsonNode failedReport(WorkItemWorld world) {
    return world.reports().stream()
        .filter(report -> report.phase().equals("failed"))
        .findFirst()
        .orElseThrow()
        .payload();
  }

  /** The input a state was entered with, from the execution's history. */
  private static JsonNode inputOf(ExecutionResult result, String state) {
    return result.history().events().stream()
        .filter(event -> event.type().endsWith("StateEntered"))
        .filter(event -> state.equals(event.detail("name")))
        .map(event -> Json.parse(event.detail("input")))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> environment(JsonNode request) {
    List<String> variables = new ArrayList<>();
    for (JsonNode variable : request.path("EnvironmentVariablesOverride")) {
      assertThat(variable.path("Type").asText()).isEqualTo("PLAINTEXT");
      variables.add(variable.path("Name").asText() + "=" + variable.path("Value").asText());
    }
    return variables;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
