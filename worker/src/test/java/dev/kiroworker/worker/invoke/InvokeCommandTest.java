package dev.kiroworker.worker.invoke;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.kiroworker.statemachine.json.Json;
import dev.kiroworker.worker.Invocation;
import dev.kiroworker.worker.KiroWorker;
import dev.kiroworker.worker.cli.Console;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class InvokeCommandTest {

  @TempDir Path temporary;

  @Test
  void invoke_aWorkflowHandlerWithoutItsSettings_printsLambdasErrorShape() throws Exception {
    Path event = Files.writeString(temporary.resolve("event.json"), "{\"workItemId\":\"PVTI_1\"}");

    Invocation run = Invocation.of("invoke", "AcquireLock", "--event", event.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    var error = run.outJson();
    assertThat(error.get("errorType").asText())
        .isEqualTo("dev.kiroworker.handlers.errors.PermanentException");
    assertThat(error.get("errorMessage").asText()).contains("KIRO_LOCK_TABLE is not set");
  }

  @Test
  void invoke_anUnknownHandler_namesTheOnesThatExist() {
    Invocation run = Invocation.of("invoke", "Deploy", "--event", "-");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("no handler named 'Deploy'").contains("AcquireLock");
  }

  @Test
  void invoke_withAnUnreadableEvent_isInvalidInput() {
    Invocation run =
        Invocation.of(
            "invoke", "ReleaseLock", "--event", temporary.resolve("absent.json").toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("cannot read the event");
  }

  @Test
  void invoke_printsWhatTheHandlerWrote_readingTheEventFromStdin() {
    RequestStreamHandler echo = (in, out, context) -> out.write(in.readAllBytes());

    Result result = run(Map.of("Echo", () -> echo), "{\"a\":1}", "Echo", "--event", "-");

    assertThat(result.exitCode()).isZero();
    assertThat(Json.parse(result.out()).get("a").asInt()).isEqualTo(1);
  }

  @Test
  void invoke_scrubsSecretsFromTheErrorMessage() {
    String token = "ghp_" + "a".repeat(36);
    RequestStreamHandler leaky =
        (in, out, context) -> {
          throw new IllegalStateException("request with " + token + " failed");
        };

    Result result = run(Map.of("Leaky", () -> leaky), "{}", "Leaky", "--event", "-");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).doesNotContain(token).contains("java.lang.IllegalStateException");
  }

  @Test
  void workflowRegistry_listsTheHandlersByStateName() {
    assertThat(HandlerRegistry.workflow().names())
        .containsExactly(
            "AcquireLock",
            "DiscoverWorkItem",
            "ParseCoverage",
            "ReleaseLock",
            "UpdatePullRequest",
            "ValidateSpec");
  }

  private record Result(int exitCode, String out) {}

  private static Result run(
      Map<String, Supplier<RequestStreamHandler>> handlers, String stdin, String... args) {
    var out = new ByteArrayOutputStream();
    var console =
        new Console(
            new PrintStream(out, true, UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, UTF_8),
            new ByteArrayInputStream(stdin.getBytes(UTF_8)));
    CommandLine command =
        new CommandLine(new InvokeCommand(console, new HandlerRegistry(handlers)));
    command.setExecutionExceptionHandler(KiroWorker::invalidInput);
    return new Result(command.execute(args), out.toString(UTF_8));
  }
}
