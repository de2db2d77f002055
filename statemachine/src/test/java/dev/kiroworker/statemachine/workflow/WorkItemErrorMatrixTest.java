package dev.kiroworker.statemachine.workflow;

import static dev.kiroworker.statemachine.workflow.WorkItemPathsTest.assertAlertDescribesTheRun;
import static dev.kiroworker.statemachine.workflow.WorkItemPathsTest.failedReport;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiroworker.statemachine.ExecutionResult;
import dev.kiroworker.statemachine.ExecutionStatus;
import dev.kiroworker.statemachine.workflow.WorkItemWorld.Gate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Errors injected at every state after the lock: a transient error that outlasts the retries, and a
 * permanent one. Each run must end with the board in the right column, the alert sent, and no lock
 * left behind — or, when the release itself is what failed, the execution FAILED so the
 * execution-status cleanup rule releases it.
 */
class WorkItemErrorMatrixTest {

  private static final String ACQUIRED_ONCE_RELEASED = "released";
  private static final String LEFT_FOR_THE_CLEANUP_RULE = "left for the cleanup rule";

  /**
   * One state of the matrix.
   *
   * @param state where the error is injected
   * @param transientError an error its Retry retries
   * @param permanentError an error it does not retry
   * @param scenario the run that reaches the state
   * @param phases the pull request reports that succeed, in order
   * @param lock whether the lock ends released or is left for the cleanup rule
   * @param caughtIntoReport whether the injected error itself is the reported failure
   */
  private record Row(
      String state,
      String transientError,
      String permanentError,
      UnaryOperator<WorkItemWorld> scenario,
      List<String> phases,
      String lock,
      boolean caughtIntoReport) {

    @Override
    public String toString() {
      return state;
    }
  }

  private static final UnaryOperator<WorkItemWorld> READY = world -> world;
  private static final UnaryOperator<WorkItemWorld> LOW_COVERAGE =
      world -> world.gate(Gate.COVERAGE_BELOW_THRESHOLD);

  private static final List<Row> ROWS =
      List.of(
          lambda("AcquireLock", READY, List.of("failed"), ACQUIRED_ONCE_RELEASED, true),
          lambda("ReportStarted", READY, List.of("failed"), ACQUIRED_ONCE_RELEASED, true),
          new Row(
              "RunBuild",
              "CodeBuild.AccountLimitExceededException",
              "CodeBuild.ResourceNotFoundException",
              READY,
              List.of("started", "failed"),
              ACQUIRED_ONCE_RELEASED,
              true),
          lambda(
              "ParseCoverage", READY, List.of("started", "failed"), ACQUIRED_ONCE_RELEASED, true),
          lambda(
              "ParseCoverageOfFailedBuild",
              world -> world.buildEnds("FAILED"),
              List.of("started", "failed"),
              ACQUIRED_ONCE_RELEASED,
              false),
          lambda(
              "ReportSuccess", READY, List.of("started", "failed"), ACQUIRED_ONCE_RELEASED, true),
          lambda("ReportFailure", LOW_COVERAGE, List.of("started"), ACQUIRED_ONCE_RELEASED, false),
          lambda(
              "ReleaseLock",
              READY,
              List.of("started", "succeeded"),
              LEFT_FOR_THE_CLEANUP_RULE,
              false),
          lambda(
              "ReleaseLockAfterFailure",
              LOW_COVERAGE,
              List.of("started", "failed"),
              LEFT_FOR_THE_CLEANUP_RULE,
              false),
          new Row(
              "NotifyFailure",
              "SNS.ThrottledException",
              "SNS.AuthorizationErrorException",
              LOW_COVERAGE,
              List.of("started", "failed"),
              ACQUIRED_ONCE_RELEASED,
              false));

  private static Row lambda(
      String state,
      UnaryOperator<WorkItemWorld> scenario,
      List<String> phases,
      String lock,
      boolean caughtIntoReport) {
    return new Row(
        state,
        WorkItemWorld.TRANSIENT,
        WorkItemWorld.PERMANENT,
        scenario,
        phases,
        lock,
        caughtIntoReport);
  }

  static Stream<Arguments> matrix() {
    List<Arguments> cases = new ArrayList<>();
    for (Row row : ROWS) {
      cases.add(Arguments.of(row, "transient", row.transientError(), 5));
      cases.add(Arguments.of(row, "permanent", row.permanentError(), 1));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} x {1}")
  @MethodSource("matrix")
  void errorAfterTheLock_endsInTheRightColumnAlertedAndWithoutALeakedLock(
      Row row, String kind, String error, int expectedCalls) {
    WorkItemWorld world =
        row.scenario().apply(new WorkItemWorld()).alwaysFailAt(row.state(), error);

    ExecutionResult result = world.run();

    assertThat(world.callsOf(row.state()))
        .as("attempts at " + row.state())
        .isEqualTo(expectedCalls);
    if (expectedCalls > 1) {
      // The backoff waited in virtual time: the execution's clock moved, nothing slept.
      assertThat(result.history().events().getLast().timestamp())
          .isAfter(result.history().events().getFirst().timestamp().plusSeconds(3));
    }
    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(world.phases()).isEqualTo(row.phases());
    if (row.state().equals("NotifyFailure")) {
      assertThat(result.error()).isEqualTo(error);
      assertThat(world.alerts()).isEmpty();
    } else {
      assertThat(result.error()).isEqualTo("KiroWorker.WorkItemFailed");
      assertThat(world.alerts()).hasSize(1);
      assertAlertDescribesTheRun(world.alerts().getFirst(), result);
    }
    if (row.caughtIntoReport()) {
      assertThat(failedReport(world).path("failure").path("error").asText()).isEqualTo(error);
      assertThat(world.alerts().getFirst().path("Message").path("failure").path("error").asText())
          .isEqualTo(error);
    }
    if (row.lock().equals(ACQUIRED_ONCE_RELEASED)) {
      assertThat(world.lock().heldBy(result.executionArn())).isEmpty();
    } else {
      // The release is what failed: the execution ends FAILED, so the "Execution Status Change"
      // rule's cleanup releases the lock, and the alert says the release failed.
      assertThat(world.lock().heldBy(result.executionArn())).containsExactly(WorkItemWorld.ITEM_ID);
      assertThat(
              world
                  .alerts()
                  .getFirst()
                  .path("Message")
                  .path("cleanup")
                  .path("releaseError")
                  .path("Error")
                  .asText())
          .isEqualTo(error);
    }
  }

  @Test
  void reportFailureFailing_isNamedInTheAlert() {
    WorkItemWorld world =
        LOW_COVERAGE
            .apply(new WorkItemWorld())
            .alwaysFailAt("ReportFailure", WorkItemWorld.PERMANENT);

    world.run();

    assertThat(
            world
                .alerts()
                .getFirst()
                .path("Message")
                .path("cleanup")
                .path("reportError")
                .path("Error")
                .asText())
        .isEqualTo(WorkItemWorld.PERMANENT);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"DiscoverWorkItem", "ValidateSpec"})
  void permanentErrorBeforeTheLock_failsTheExecutionWithTheHandlersError(String state) {
    WorkItemWorld world = new WorkItemWorld().alwaysFailAt(state, WorkItemWorld.PERMANENT);

    ExecutionResult result = world.run();

    assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(result.error()).isEqualTo(WorkItemWorld.PERMANENT);
    assertThat(world.phases()).isEmpty();
    assertThat(world.alerts()).isEmpty();
    assertThat(world.lock().acquisitions()).isZero();
  }

  @Test
  void reportRejectedFailing_failsTheExecutionAndTakesNoLock() {
    WorkItemWorld world =
        new WorkItemWorld().invalidSpec().alwaysFailAt("ReportRejected", WorkItemWorld.TRANSIENT);

    ExecutionResult result = world.run();

    assertThat(world.callsOf("ReportRejected")).isEqualTo(5);
    assertThat(result.error()).isEqualTo(WorkItemWorld.TRANSIENT);
    assertThat(world.lock().acquisitions()).isZero();
    assertThat(world.alerts()).isEmpty();
  }
}
