package dev.kiroworker.statemachine.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kiroworker.statemachine.StatesErrors;
import dev.kiroworker.statemachine.StatesException;
import dev.kiroworker.statemachine.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MockTestCaseTest {

  private final MockConfig config = Fixtures.kiroWorkerMocks();

  @Test
  void next_returnsTheResponseForTheFirstInvocation() {
    MockTestCase happy = config.testCase("KiroWorkerJob", "HappyPath");

    MockedResponse response = happy.next("RunKiro").orElseThrow();

    assertThat(response)
        .isEqualTo(
            new MockedResponse.Return(
                Json.parse(
                    "{\"StatusCode\":200,\"Payload\":{\"exitCode\":0,"
                        + "\"changedFiles\":[\"src/Lock.java\",\"src/Queue.java\"]}}")));
  }

  @Test
  void next_givesRetriesTheFollowingIndexes() {
    MockTestCase lockBusy = config.testCase("KiroWorkerJob", "LockBusyThenFree");
    MockedResponse busy =
        new MockedResponse.Throw(
            "DynamoDB.ConditionalCheckFailedException", "The conditional request failed");

    List<MockedResponse> attempts =
        List.of(
            lockBusy.next("ClaimLock").orElseThrow(),
            lockBusy.next("ClaimLock").orElseThrow(),
            lockBusy.next("ClaimLock").orElseThrow());

    assertThat(attempts.subList(0, 2)).containsExactly(busy, busy);
    assertThat(attempts.get(2)).isInstanceOf(MockedResponse.Return.class);
    assertThat(lockBusy.invocations("ClaimLock")).isEqualTo(3);
  }

  @Test
  void next_countsEachStateSeparately() {
    MockTestCase happy = config.testCase("KiroWorkerJob", "HappyPath");
    happy.next("ReviewFile");

    happy.next("ClaimLock");

    assertThat(happy.invocations())
        .containsExactly(Map.entry("ClaimLock", 1), Map.entry("ReviewFile", 1));
  }

  @Test
  void next_continuesTheCountAcrossMapIterations() {
    MockTestCase happy = config.testCase("KiroWorkerJob", "HappyPath");

    String first = reviewedFile(happy.next("ReviewFile").orElseThrow());
    String second = reviewedFile(happy.next("ReviewFile").orElseThrow());

    assertThat(List.of(first, second)).containsExactly("src/Lock.java", "src/Queue.java");
  }

  @Test
  void next_ofAStateTheTestCaseDoesNotMock_isEmptyButCounted() {
    MockTestCase hybrid = config.testCase("KiroWorkerJob", "HybridPath");

    assertThat(hybrid.next("RunKiro")).isEmpty();
    assertThat(hybrid.next("RunKiro")).isEmpty();
    assertThat(hybrid.invocations("RunKiro")).isEqualTo(2);
    assertThat(hybrid.invocations("PostComment")).isZero();
  }

  @Test
  void next_pastTheLastResponse_failsTheExecutionWithStatesRuntime() {
    MockTestCase timesOut = config.testCase("KiroWorkerJob", "KiroTimesOut");
    for (int attempt = 0; attempt < 3; attempt++) {
      assertThat(timesOut.next("RunKiro")).containsInstanceOf(MockedResponse.Throw.class);
    }

    StatesException e = catchThrowableOfType(StatesException.class, () -> timesOut.next("RunKiro"));

    assertThat(e.error()).isEqualTo(StatesErrors.RUNTIME);
    assertThat(e.cause())
        .isEqualTo(
            "Test case 'KiroTimesOut' of state machine 'KiroWorkerJob' mocks state 'RunKiro' with"
                + " 'KiroTimedOut', which has no response for invocation 3 (it covers invocations"
                + " 0-2)");
    assertThat(timesOut.invocations("RunKiro")).isEqualTo(4);
  }

  @Test
  void next_pastASingleResponse_saysItCoversInvocationZeroOnly() {
    MockTestCase happy = config.testCase("KiroWorkerJob", "HappyPath");
    happy.next("ClaimLock");

    assertThatThrownBy(() -> happy.next("ClaimLock"))
        .isInstanceOf(StatesException.class)
        .hasMessageEndingWith("no response for invocation 1 (it covers invocation 0 only)");
  }

  @Test
  void next_ofAMockedResponseWithNoEntries_failsAtTheFirstInvocation() {
    MockTestCase cleanup = config.testCase("NightlyCleanup", "NothingToClean");

    assertThatThrownBy(() -> cleanup.next("DeleteLock"))
        .isInstanceOf(StatesException.class)
        .hasMessageEndingWith("no response for invocation 0 (it defines no responses)");
  }

  @Test
  void next_fromManyThreads_givesEveryInvocationItsOwnIndex() throws Exception {
    int invocations = 200;
    String entries =
        IntStream.range(0, invocations)
            .mapToObj(i -> "\"" + i + "\": {\"Return\": " + i + "}")
            .collect(Collectors.joining(","));
    MockTestCase testCase =
        MockConfig.parse(
                "{\"StateMachines\":{\"M\":{\"TestCases\":{\"T\":{\"Item\":\"Each\"}}}},"
                    + "\"MockedResponses\":{\"Each\":{"
                    + entries
                    + "}}}")
            .testCase("M", "T");
    List<Callable<Integer>> calls = new ArrayList<>();
    for (int i = 0; i < invocations; i++) {
      calls.add(
          () -> ((MockedResponse.Return) testCase.next("Item").orElseThrow()).value().intValue());
    }

    List<Integer> seen = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
      for (Future<Integer> result : pool.invokeAll(calls)) {
        seen.add(result.get());
      }
    }

    assertThat(seen).doesNotHaveDuplicates().hasSize(invocations);
    assertThat(testCase.invocations("Item")).isEqualTo(invocations);
  }

  @Test
  void invocations_isASnapshotThatCannotBeChanged() {
    MockTestCase happy = config.testCase("KiroWorkerJob", "HappyPath");
    happy.next("RunKiro");
    Map<String, Integer> snapshot = happy.invocations();

    happy.next("ClaimLock");

    assertThat(snapshot).containsExactly(Map.entry("RunKiro", 1));
    assertThatThrownBy(() -> snapshot.put("RunKiro", 0))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void describesItselfTheWayStepFunctionsLocalNamesATestCase() {
    MockTestCase happy = config.testCase("KiroWorkerJob", "HappyPath");

    assertThat(happy.stateMachineName()).isEqualTo("KiroWorkerJob");
    assertThat(happy.name()).isEqualTo("HappyPath");
    assertThat(happy).hasToString("KiroWorkerJob#HappyPath");
    assertThat(happy.mockedStates())
        .containsExactly("ClaimLock", "RunKiro", "ReviewFile", "Post Comment");
  }

  @Test
  void refusesANullStateName() {
    MockTestCase happy = config.testCase("KiroWorkerJob", "HappyPath");

    assertThatThrownBy(() -> happy.next(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> happy.mocks(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> happy.invocations(null)).isInstanceOf(NullPointerException.class);
  }

  private static String reviewedFile(MockedResponse response) {
    return ((MockedResponse.Return) response).value().path("Payload").path("file").asText();
  }
}
