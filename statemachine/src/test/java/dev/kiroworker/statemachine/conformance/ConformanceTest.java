package dev.kiroworker.statemachine.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.ExecutionOptions;
import dev.kiroworker.statemachine.ExecutionResult;
import dev.kiroworker.statemachine.StateMachine;
import dev.kiroworker.statemachine.TaskMockSource;
import dev.kiroworker.statemachine.json.Json;
import dev.kiroworker.statemachine.mock.MockConfig;
import dev.kiroworker.statemachine.mock.MockTestCase;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine's conformance suite: each file under {@code conformance/<area>/} is a definition, an
 * input, scripted task outcomes and the expected end (status, output, error, cause, task inputs,
 * call counts, virtual-clock delay, events), with the source of the expected behaviour.
 */
class ConformanceTest {

  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  static Stream<Path> cases() throws IOException, URISyntaxException {
    Path root = Path.of(ConformanceTest.class.getResource("/conformance").toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void behavesAsAwsDoes(Path file) throws IOException {
    JsonNode spec = Json.parse(Files.readString(file));
    assertThat(spec.path("source").asText()).as("every case cites its source").isNotBlank();
    ScriptedTasks tasks = new ScriptedTasks(spec.path("tasks"));
    StateMachine machine = StateMachine.parse(Json.write(spec.get("definition")));
    MockTestCase mocks =
        spec.has("mockConfig")
            ? MockConfig.parse(Json.write(spec.get("mockConfig")))
                .testCase("Conformance", spec.get("testCase").asText())
            : null;

    ExecutionResult result =
        machine.execute(
            spec.path("input").isMissingNode() ? Json.object() : spec.get("input"),
            ExecutionOptions.builder()
                .stateMachineName("Conformance")
                .executionName("case")
                .tasks(tasks.handlers())
                .virtualClock(START)
                .random(new SplittableRandom(7))
                .mocks(mocks == null ? TaskMockSource.NONE : TaskMockSource.from(mocks))
                .build());
    if (spec.path("expect").has("mockInvocations")) {
      spec.get("expect")
          .get("mockInvocations")
          .properties()
          .forEach(
              e ->
                  assertThat(mocks.invocations(e.getKey()))
                      .as("mocked invocations of %s", e.getKey())
                      .isEqualTo(e.getValue().asInt()));
    }

    Expectations.check(spec.get("expect"), result, tasks, START);
  }

  /** Checks each expectation a case states; absent ones are not checked. */
  static final class Expectations {
    private Expectations() {}

    static void check(JsonNode expect, ExecutionResult result, ScriptedTasks tasks, Instant start) {
      assertThat(result.status().name())
          .as("status (error %s: %s)", result.error(), result.cause())
          .isEqualTo(expect.path("status").asText("SUCCEEDED"));
      if (expect.has("output")) {
        assertThat(result.output()).as("output").isEqualTo(expect.get("output"));
      }
      if (expect.has("error")) {
        assertThat(result.error())
            .as("error")
            .isEqualTo(expect.get("error").isNull() ? null : expect.get("error").asText());
      }
      if (expect.has("cause")) {
        assertThat(result.cause()).as("cause").isEqualTo(expect.get("cause").asText());
      }
      if (expect.has("causeContains")) {
        assertThat(result.cause()).as("cause").contains(expect.get("causeContains").asText());
      }
      expect
          .path("taskInputs")
          .properties()
          .forEach(
              e ->
                  assertThat(tasks.inputs().get(e.getKey()))
                      .as("inputs sent by %s", e.getKey())
                      .containsExactlyElementsOf(list(e.getValue())));
      expect
          .path("calls")
          .properties()
          .forEach(
              e ->
                  assertThat(tasks.inputs().getOrDefault(e.getKey(), List.of()))
                      .as("calls of %s", e.getKey())
                      .hasSize(e.getValue().asInt()));
      if (expect.has("elapsedSeconds")) {
        var events = result.history().events();
        Duration elapsed = Duration.between(start, events.getLast().timestamp());
        assertThat(elapsed.toMillis() / 1000.0)
            .as("virtual seconds elapsed")
            .isEqualTo(expect.get("elapsedSeconds").asDouble());
      }
      if (expect.has("events")) {
        assertThat(result.history().types())
            .as("history event types")
            .containsExactlyElementsOf(
                list(expect.get("events")).stream().map(JsonNode::asText).toList());
      }
    }

    private static List<JsonNode> list(JsonNode array) {
      return Stream.iterate(0, i -> i < array.size(), i -> i + 1).map(array::get).toList();
    }
  }
}
