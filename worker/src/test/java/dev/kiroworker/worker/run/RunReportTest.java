package dev.kiroworker.worker.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiroworker.handlers.scrub.SecretScrubber;
import dev.kiroworker.statemachine.ExecutionResult;
import dev.kiroworker.statemachine.ExecutionStatus;
import dev.kiroworker.statemachine.history.ExecutionHistory;
import dev.kiroworker.statemachine.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunReportTest {

  @Test
  void aFailedRunSaysWhyWithTheFunctionsMessageScrubbed() {
    String cause =
        "{\"errorMessage\":\"GitHub could not be reached: connect timed out (token"
            + " ghp_abcdefghijklmnopqrstuvwxyz0123456789)\",\"errorType\":\"TransientException\"}";

    String printed = print(failed(cause));

    assertThat(printed)
        .contains("Status: FAILED (dev.kiroworker.handlers.errors.TransientException)")
        .contains("Cause: GitHub could not be reached: connect timed out")
        .doesNotContain("ghp_abcdefghijklmnopqrstuvwxyz0123456789")
        .doesNotContain("errorType");
  }

  @Test
  void aPlainTextCauseIsShownAsItIsAndALongOneIsCut() {
    assertThat(RunReport.readableCause("The build timed out")).isEqualTo("The build timed out");
    assertThat(RunReport.readableCause("{\"other\":1}")).isEqualTo("{\"other\":1}");
    assertThat(RunReport.readableCause("x".repeat(700))).hasSize(604).endsWith(" ...");
  }

  @Test
  void aSucceededRunHasNoCauseLine() {
    ExecutionResult result =
        new ExecutionResult(
            "arn", ExecutionStatus.SUCCEEDED, Json.object(), null, null, new ExecutionHistory());

    assertThat(print(result)).contains("Status: SUCCEEDED").doesNotContain("Cause:");
  }

  private static ExecutionResult failed(String cause) {
    return new ExecutionResult(
        "arn",
        ExecutionStatus.FAILED,
        null,
        "dev.kiroworker.handlers.errors.TransientException",
        cause,
        new ExecutionHistory());
  }

  private static String print(ExecutionResult result) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    new RunReport(out, SecretScrubber.patternsOnly())
        .print(List.of("DiscoverWorkItem"), result, List.of());
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
