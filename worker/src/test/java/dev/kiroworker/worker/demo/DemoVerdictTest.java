package dev.kiroworker.worker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiroworker.statemachine.ExecutionStatus;
import dev.kiroworker.worker.demo.github.RecordedMutation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoVerdictTest {

  @Test
  void aFailedRunIsAsDesignedForAScenarioThatShouldFail() {
    assertThat(
            DemoVerdict.problem(
                DemoScenario.TESTS_FAIL,
                List.of("RunBuild", "Failed"),
                ExecutionStatus.FAILED,
                List.of()))
        .isEmpty();
  }

  @Test
  void anotherEndIsAProblem_namingWhatWasExpectedAndWhatHappened() {
    assertThat(
            DemoVerdict.problem(
                DemoScenario.HAPPY,
                List.of("RunBuild", "Failed"),
                ExecutionStatus.FAILED,
                List.of()))
        .hasValue(
            "the happy scenario should end SUCCEEDED in Done, but the run ended FAILED in Failed");
    assertThat(
            DemoVerdict.problem(
                DemoScenario.LOCK_BUSY, List.of("Done"), ExecutionStatus.SUCCEEDED, List.of()))
        .hasValueSatisfying(problem -> assertThat(problem).contains("in LockBusy"));
    assertThat(
            DemoVerdict.problem(DemoScenario.HAPPY, List.of(), ExecutionStatus.FAILED, List.of()))
        .hasValueSatisfying(problem -> assertThat(problem).endsWith("in (no state)"));
  }

  @Test
  void aRequestTheStandInDoesNotServeIsAProblem() {
    RecordedMutation unknown =
        new RecordedMutation(
            RecordedMutation.Kind.UNKNOWN_REQUEST,
            "GET /repos/octo-org/sample-service/pulls/42",
            Map.of("status", "404"));

    assertThat(
            DemoVerdict.problem(
                DemoScenario.HAPPY, List.of("Done"), ExecutionStatus.SUCCEEDED, List.of(unknown)))
        .hasValueSatisfying(
            problem ->
                assertThat(problem)
                    .startsWith("the GitHub stand-in got 1 request(s) it does not serve")
                    .contains("pulls/42"));
  }
}
