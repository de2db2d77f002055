package dev.kiroworker.worker.sfn;

import static dev.kiroworker.worker.sfn.Fixtures.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.json.Json;
import dev.kiroworker.statemachine.mock.InvalidMockConfigException;
import dev.kiroworker.statemachine.mock.MockConfig;
import dev.kiroworker.worker.Invocation;
import dev.kiroworker.worker.cli.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SfnRunCommandMockConfigTest {

  @TempDir Path temp;

  private Invocation runTestCase(String testCase, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "sfn",
                "run",
                "--definition",
                file("acquire-lock.asl.json"),
                "--mock-config",
                file("acquire-lock-mocks.json"),
                "--state-machine-name",
                "AcquireLockDemo",
                "--test-case",
                testCase,
                "--virtual-clock"));
    args.addAll(List.of(more));
    return Invocation.of(args.toArray(String[]::new));
  }

  @Test
  void run_whenMockedTaskThrowsThenReturns_retriesAfterTheIntervalAndSucceeds() throws IOException {
    Path history = temp.resolve("history.json");

    Invocation run = runTestCase("ThrottledThenAcquired", "--history", history.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.outJson().get("output")).isEqualTo(Json.parse("{\"lock\":{\"acquired\":true}}"));
    List<JsonNode> events = events(history);
    assertThat(timestampsOf(events, "TaskScheduled"))
        .containsExactly("2026-01-01T00:00:00Z", "2026-01-01T00:00:03Z");
    assertThat(events)
        .filteredOn(event -> event.get("type").asText().equals("TaskFailed"))
        .singleElement()
        .satisfies(
            failed ->
                assertThat(failed.at("/taskFailedEventDetails/error").asText())
                    .isEqualTo("Lambda.TooManyRequestsException"));
    assertThat(run.err())
        .contains(
            "  2026-01-01T00:00:00Z  TaskFailed: Lambda.TooManyRequestsException: Rate exceeded");
  }

  @Test
  void run_whenMockedRetriesRunOut_exitsOneWithTheMockedError() throws IOException {
    Path history = temp.resolve("history.json");

    Invocation run = runTestCase("AlwaysThrottled", "--history", history.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_SUCCEEDED);
    assertThat(run.outJson())
        .isEqualTo(
            Json.parse(
                """
                {"status":"FAILED","output":null,
                 "error":"Lambda.TooManyRequestsException","cause":"Rate exceeded"}"""));
    // IntervalSeconds 3, then doubled by the default BackoffRate of 2.0.
    assertThat(timestampsOf(events(history), "TaskScheduled"))
        .containsExactly("2026-01-01T00:00:00Z", "2026-01-01T00:00:03Z", "2026-01-01T00:00:09Z");
  }

  @Test
  void run_withInvalidMockConfig_exitsThreeListingEveryProblem() {
    Invocation run =
        Invocation.of(
            "sfn",
            "run",
            "--definition",
            file("acquire-lock.asl.json"),
            "--mock-config",
            file("broken-mocks.json"),
            "--state-machine-name",
            "AcquireLockDemo",
            "--test-case",
            "ThrottledThenAcquired");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("the mock config " + file("broken-mocks.json") + " is invalid");
    List<String> problems =
        catchThrowableOfType(
                InvalidMockConfigException.class,
                () -> MockConfig.parse(Fixtures.text("broken-mocks.json")))
            .problems();
    assertThat(problems).hasSizeGreaterThan(1);
    problems.forEach(problem -> assertThat(run.err()).contains("  " + problem));
  }

  @Test
  void run_withUnknownTestCase_exitsThreeNamingTheTestCasesThereAre() {
    Invocation run = runTestCase("LockFree");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.err())
        .contains(
            "mock config " + file("acquire-lock-mocks.json"),
            "no test case 'LockFree'",
            "ThrottledThenAcquired, AlwaysThrottled");
  }

  @Test
  void run_withMissingMockConfig_exitsThreeNamingTheFile() {
    Invocation run =
        Invocation.of(
            "sfn",
            "run",
            "--definition",
            file("acquire-lock.asl.json"),
            "--mock-config",
            "no-such-mocks.json",
            "--state-machine-name",
            "AcquireLockDemo",
            "--test-case",
            "ThrottledThenAcquired");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.err())
        .contains("cannot read the mock config no-such-mocks.json: no such file or folder");
  }

  private static List<JsonNode> events(Path history) throws IOException {
    JsonNode root = Json.parse(Files.readString(history));
    return StreamSupport.stream(root.get("events").spliterator(), false).toList();
  }

  private static List<String> timestampsOf(List<JsonNode> events, String type) {
    return events.stream()
        .filter(event -> event.get("type").asText().equals(type))
        .map(event -> event.get("timestamp").asText())
        .toList();
  }
}
