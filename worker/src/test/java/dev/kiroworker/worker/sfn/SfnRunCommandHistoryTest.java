package dev.kiroworker.worker.sfn;

import static dev.kiroworker.worker.sfn.Fixtures.file;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.json.Json;
import dev.kiroworker.worker.Invocation;
import dev.kiroworker.worker.cli.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SfnRunCommandHistoryTest {

  @TempDir Path temp;

  @Test
  void history_isWrittenIndentedInTheShapeOfGetExecutionHistory() throws IOException {
    Path history = temp.resolve("history.json");

    Invocation run =
        Invocation.of(
            "sfn",
            "run",
            "--definition",
            file("hello.asl.json"),
            "--virtual-clock",
            "--history",
            history.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    String text = Files.readString(history);
    assertThat(text).startsWith("{\n  \"events\" : [ {").endsWith("}\n");
    JsonNode events = Json.parse(text).get("events");
    List<String> types = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      JsonNode event = events.get(i);
      assertThat(event.get("id").asLong()).isEqualTo(i + 1L);
      assertThat(event.has("timestamp")).isTrue();
      assertThat(event.has("previousEventId")).isTrue();
      types.add(event.get("type").asText());
    }
    assertThat(types)
        .containsExactly(
            "ExecutionStarted",
            "PassStateEntered",
            "PassStateExited",
            "WaitStateEntered",
            "WaitStateExited",
            "SucceedStateEntered",
            "SucceedStateExited",
            "ExecutionSucceeded");
    assertThat(events.get(4).at("/stateExitedEventDetails/name").asText()).isEqualTo("WaitABit");
    assertThat(events.get(4).get("timestamp").asText()).isEqualTo("2026-01-01T00:00:10Z");
  }

  @Test
  void history_ofAFailedExecution_isWrittenToo() throws IOException {
    Path history = temp.resolve("failed.json");

    Invocation run =
        Invocation.of(
            "sfn",
            "run",
            "--definition",
            file("rejected.asl.json"),
            "--history",
            history.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_SUCCEEDED);
    JsonNode events = Json.parse(Files.readString(history)).get("events");
    JsonNode last = events.get(events.size() - 1);
    assertThat(last.get("type").asText()).isEqualTo("ExecutionFailed");
    assertThat(last.at("/executionFailedEventDetails/error").asText()).isEqualTo("NameRejected");
  }

  @Test
  void history_inAMissingFolder_exitsThreeWithoutASummary() {
    Path history = temp.resolve("no-such-folder").resolve("history.json");

    Invocation run =
        Invocation.of(
            "sfn",
            "run",
            "--definition",
            file("rejected.asl.json"),
            "--history",
            history.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains(
            "cannot write the history to "
                + history
                + ": no such file or folder;"
                + " choose a path in a folder you can write to");
  }
}
