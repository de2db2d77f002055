package dev.kiroworker.worker.sfn;

import static dev.kiroworker.worker.sfn.Fixtures.file;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.StateMachine;
import dev.kiroworker.statemachine.json.Json;
import dev.kiroworker.statemachine.validation.Problem;
import dev.kiroworker.worker.Invocation;
import dev.kiroworker.worker.cli.ExitCode;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SfnRunCommandTest {

  @Test
  void run_whenExecutionSucceeds_printsOneSummaryLineAndExitsZero() {
    Invocation run =
        Invocation.of(
            "sfn",
            "run",
            "--definition",
            file("hello.asl.json"),
            "--input",
            file("name-ada.json"),
            "--virtual-clock");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.outJson())
        .isEqualTo(
            Json.parse(
                """
                {"status":"SUCCEEDED","output":{"name":"Ada","greeting":"Hello"},
                 "error":null,"cause":null}"""));
  }

  @Test
  void run_reportsEachStateOnStderr_stampedWithTheExecutionsClock() {
    Invocation run =
        Invocation.of("sfn", "run", "--definition", file("hello.asl.json"), "--virtual-clock");

    assertThat(run.err().lines())
        .contains(
            "  2026-01-01T00:00:00Z  entered SayHello (Pass)",
            "  2026-01-01T00:00:00Z  exited  SayHello",
            "  2026-01-01T00:00:00Z  entered WaitABit (Wait)",
            "  2026-01-01T00:00:10Z  exited  WaitABit",
            "sfn run: execution SUCCEEDED");
    assertThat(run.err().lines().findFirst())
        .hasValueSatisfying(
            line -> assertThat(line).startsWith("sfn run: starting execution ").contains("hello"));
  }

  @Test
  void run_withoutInput_startsFromAnEmptyObject() {
    Invocation run =
        Invocation.of("sfn", "run", "--definition", file("hello.asl.json"), "--virtual-clock");

    assertThat(run.outJson().get("output")).isEqualTo(Json.parse("{\"greeting\":\"Hello\"}"));
  }

  @Test
  void run_withInputDash_readsTheInputFromStdin() {
    Invocation run =
        Invocation.withStdin(
            "{\"name\":\"Grace\"}",
            "sfn",
            "run",
            "--definition",
            file("hello.asl.json"),
            "--input",
            "-",
            "--virtual-clock");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.outJson().at("/output/name").asText()).isEqualTo("Grace");
  }

  @Test
  void run_whenExecutionFails_printsErrorAndCauseAndExitsOne() {
    Invocation run = Invocation.of("sfn", "run", "--definition", file("rejected.asl.json"));

    assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_SUCCEEDED);
    assertThat(run.outJson())
        .isEqualTo(
            Json.parse(
                """
                {"status":"FAILED","output":null,
                 "error":"NameRejected","cause":"The name is on the deny list."}"""));
    assertThat(run.err())
        .contains(
            "sfn run: execution FAILED with error NameRejected: The name is on the deny list.");
  }

  @Test
  void run_whenATaskHasNoHandler_failsWithStatesRuntimeNamingTheResource() {
    Invocation run =
        Invocation.of(
            "sfn", "run", "--definition", file("acquire-lock.asl.json"), "--virtual-clock");

    JsonNode summary = run.outJson();
    assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_SUCCEEDED);
    assertThat(summary.get("status").asText()).isEqualTo("FAILED");
    assertThat(summary.get("error").asText()).isEqualTo("States.Runtime");
    assertThat(summary.get("cause").asText()).contains("arn:aws:states:::lambda:invoke");
  }

  @Test
  void run_withExecutionAndStateMachineNames_usesThem() {
    Invocation run =
        Invocation.of(
            "sfn",
            "run",
            "--definition",
            file("rejected.asl.json"),
            "--execution-name",
            "nightly-1",
            "--state-machine-name",
            "NameCheck");

    assertThat(run.err()).contains("starting execution nightly-1 of state machine NameCheck");
  }

  @Test
  void run_withVirtualClock_printsTheSameProgressEveryTime() {
    String[] args = {"sfn", "run", "--definition", file("hello.asl.json"), "--virtual-clock"};

    assertThat(Invocation.of(args).err()).isEqualTo(Invocation.of(args).err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"truncated.asl.json", "not-an-object.asl.json"})
  void run_withInvalidDefinition_exitsThreeListingEveryProblem(String definition) {
    Invocation run = Invocation.of("sfn", "run", "--definition", file(definition));

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("the definition " + file(definition) + " is invalid");
    for (Problem problem : StateMachine.validate(Fixtures.text(definition))) {
      assertThat(run.err()).contains("  " + problem.location() + ": " + problem.message());
    }
  }

  @Test
  void run_withMissingDefinitionFile_exitsThreeNamingTheFile() {
    Invocation run = Invocation.of("sfn", "run", "--definition", "no-such.asl.json");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "kiro-worker sfn run: cannot read the definition no-such.asl.json: no such file or"
                + " folder; check the path and that the file is readable"
                + System.lineSeparator());
  }

  @Test
  void run_withAFolderAsDefinition_exitsThree() {
    String folder = Fixtures.path("hello.asl.json").getParent().toString();

    Invocation run = Invocation.of("sfn", "run", "--definition", folder);

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.err()).contains("cannot read the definition " + folder);
  }

  @Test
  void run_withInvalidJsonInput_exitsThreeNamingTheFile() {
    Invocation run =
        Invocation.of(
            "sfn",
            "run",
            "--definition",
            file("hello.asl.json"),
            "--input",
            file("truncated-input.json"));

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("the input " + file("truncated-input.json") + " is not valid JSON");
  }

  @Test
  void run_withEmptyStdin_exitsThreeAskingForAJsonValue() {
    Invocation run =
        Invocation.withStdin(
            " \n", "sfn", "run", "--definition", file("hello.asl.json"), "--input", "-");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.err())
        .contains("the input on standard input is empty; give a JSON value such as {}");
  }

  @Test
  void run_whenStdinCannotBeRead_exitsThree() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("stream closed");
          }
        };

    Invocation run =
        Invocation.withStdin(
            broken, "sfn", "run", "--definition", file("hello.asl.json"), "--input", "-");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.err()).contains("cannot read the input -: stream closed");
  }
}
