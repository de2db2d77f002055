package dev.kiroworker.statemachine.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiroworker.statemachine.ExecutionResult;
import dev.kiroworker.statemachine.workflow.WorkItemWorld.Gate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A transient error, then success, at every task: the retry absorbs it and the run ends exactly as
 * it would have without the error. The virtual clock lets the backoff pass without sleeping.
 */
class WorkItemRetryTest {

  private static final UnaryOperator<WorkItemWorld> READY = world -> world;
  private static final UnaryOperator<WorkItemWorld> LOW_COVERAGE =
      world -> world.gate(Gate.COVERAGE_BELOW_THRESHOLD);
  private static final List<String> SUCCESS = List.of("started", "succeeded");
  private static final List<String> FAILURE = List.of("started", "failed");

  static Stream<Arguments> onceFailingTasks() {
    return Stream.of(
        Arguments.of("DiscoverWorkItem", WorkItemWorld.TRANSIENT, READY, SUCCESS),
        Arguments.of("ValidateSpec", "Lambda.ServiceException", READY, SUCCESS),
        Arguments.of("AcquireLock", "Lambda.TooManyRequestsException", READY, SUCCESS),
        Arguments.of("ReportStarted", "Lambda.SdkClientException", READY, SUCCESS),
        Arguments.of("RunBuild", "CodeBuild.AccountLimitExceededException", READY, SUCCESS),
        Arguments.of("RunBuild", "CodeBuild.AWSCodeBuildException", READY, SUCCESS),
        Arguments.of("ParseCoverage", "Lambda.AWSLambdaException", READY, SUCCESS),
        Arguments.of("ReportSuccess", WorkItemWorld.TRANSIENT, READY, SUCCESS),
        Arguments.of("ReleaseLock", WorkItemWorld.TRANSIENT, READY, SUCCESS),
        Arguments.of(
            "ReportStuck",
            WorkItemWorld.TRANSIENT,
            (UnaryOperator<WorkItemWorld>) world -> world.stuckItem("PVTI_stuck1", 51),
            List.of("stuck", "started", "succeeded")),
        Arguments.of(
            "ReportRejected",
            WorkItemWorld.TRANSIENT,
            (UnaryOperator<WorkItemWorld>) WorkItemWorld::invalidSpec,
            List.of("rejected")),
        Arguments.of(
            "ParseCoverageOfFailedBuild",
            WorkItemWorld.TRANSIENT,
            (UnaryOperator<WorkItemWorld>)
                world -> world.buildEnds("FAILED").gate(Gate.TESTS_FAILING),
            FAILURE),
        Arguments.of("ReportFailure", WorkItemWorld.TRANSIENT, LOW_COVERAGE, FAILURE),
        Arguments.of("ReleaseLockAfterFailure", WorkItemWorld.TRANSIENT, LOW_COVERAGE, FAILURE),
        Arguments.of("NotifyFailure", "SNS.ThrottledException", LOW_COVERAGE, FAILURE));
  }

  @ParameterizedTest(name = "{0} fails once with {1}")
  @MethodSource("onceFailingTasks")
  void transientErrorThenSuccess_endsAsIfNothingHappened(
      String state, String error, UnaryOperator<WorkItemWorld> scenario, List<String> phases) {
    WorkItemWorld undisturbed = scenario.apply(new WorkItemWorld());
    ExecutionResult baseline = undisturbed.run();
    WorkItemWorld world = scenario.apply(new WorkItemWorld()).failAt(state, error, 1);

    ExecutionResult result = world.run();

    assertThat(world.callsOf(state)).isEqualTo(2);
    assertThat(result.status()).isEqualTo(baseline.status());
    assertThat(result.error()).isEqualTo(baseline.error());
    assertThat(result.output()).isEqualTo(baseline.output());
    assertThat(world.phases()).isEqualTo(phases);
    assertThat(world.alerts()).hasSameSizeAs(undisturbed.alerts());
    assertThat(world.lock().heldBy(result.executionArn())).isEmpty();
  }
}
