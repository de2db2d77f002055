package dev.kiroworker.statemachine.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.StateMachine;
import dev.kiroworker.statemachine.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code work-item.asl.json} is a valid definition with the error handling it promises. */
class WorkItemDefinitionTest {

  private static final List<String> LAMBDA_RETRY_ERRORS =
      List.of(
          "Lambda.ServiceException",
          "Lambda.AWSLambdaException",
          "Lambda.SdkClientException",
          "Lambda.TooManyRequestsException",
          "dev.kiroworker.handlers.errors.TransientException");

  /**
   * The Task states between AcquireLock and the release, which must Catch into the failure path.
   */
  private static final List<String> HOLDING_THE_LOCK =
      List.of(
          "AcquireLock",
          "ReportStarted",
          "RunBuild",
          "ParseCoverage",
          "ParseCoverageOfFailedBuild",
          "ReportSuccess",
          "ReportFailure",
          "ReleaseLock",
          "ReleaseLockAfterFailure");

  private final JsonNode definition = Json.parse(WorkItemDefinition.rawText());

  @Test
  void committedFile_passesTheEnginesValidatorAsItIs() {
    assertThat(StateMachine.validate(WorkItemDefinition.rawText())).isEmpty();
  }

  @Test
  void committedFile_passesAslValidator() throws Exception {
    Run run = aslValidator(WorkItemDefinition.file());

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).contains("is valid");
  }

  @Test
  void brokenCopy_failsAslValidator(@TempDir Path folder) throws Exception {
    Path broken = folder.resolve("broken.asl.json");
    Files.writeString(
        broken,
        WorkItemDefinition.rawText().replace("\"Next\": \"ReleaseLock\"", "\"Next\": \"Nowhere\""));

    Run run = aslValidator(broken);

    assertThat(run.exitCode()).as(run.output()).isNotZero();
    assertThat(run.output()).contains("Nowhere");
  }

  @Test
  void placeholders_areExactlyTheDocumentedOnes_andAllAreSubstituted() {
    Set<String> used = new TreeSet<>();
    Matcher matcher = Pattern.compile("\\$\\{([A-Za-z]+)}").matcher(WorkItemDefinition.rawText());
    while (matcher.find()) {
      used.add(matcher.group(1));
    }

    assertThat(used).isEqualTo(new TreeSet<>(WorkItemDefinition.PLACEHOLDERS.keySet()));
    assertThat(WorkItemDefinition.substitutedText()).doesNotContain("${");
  }

  @Test
  void everyLambdaTask_retriesTheRecommendedLambdaErrorsAndOurTransientOne_withJitter() {
    List<JsonNode> lambdaTasks = tasks("arn:aws:states:::lambda:invoke");

    assertThat(lambdaTasks.size()).isEqualTo(12);
    for (JsonNode task : lambdaTasks) {
      List<String> retried = new ArrayList<>();
      for (JsonNode retrier : task.path("Retry")) {
        retrier.path("ErrorEquals").forEach(name -> retried.add(name.asText()));
        assertThat(retrier.path("JitterStrategy").asText()).isEqualTo("FULL");
        assertThat(retrier.path("MaxDelaySeconds").asInt()).isPositive();
        assertThat(retrier.path("BackoffRate").asDouble()).isGreaterThan(1);
      }
      assertThat(retried).containsExactlyInAnyOrderElementsOf(LAMBDA_RETRY_ERRORS);
    }
  }

  @Test
  void everyTaskThatRunsWhileTheLockMayBeHeld_catchesEverything() {
    JsonNode states = definition.path("States");

    for (String name : HOLDING_THE_LOCK) {
      JsonNode catchers = states.path(name).path("Catch");
      List<String> caught = new ArrayList<>();
      catchers.forEach(catcher -> catcher.path("ErrorEquals").forEach(e -> caught.add(e.asText())));
      assertThat(caught).as(name).contains("States.ALL");
      catchers.forEach(
          catcher -> assertThat(catcher.path("ResultPath").asText()).as(name).isNotEqualTo("$"));
    }
  }

  @Test
  void everyJavaErrorNameInTheDefinition_isAHandlersExceptionClass() {
    // Step Functions names a Java Lambda's error by the exception's class name; a renamed or moved
    // class would silently stop matching. The engine does not depend on the handlers, so the
    // check looks for the class's source file.
    Set<String> names = new TreeSet<>();
    Matcher matcher =
        Pattern.compile("\"(dev\\.kiroworker\\.[A-Za-z.]+)\"")
            .matcher(WorkItemDefinition.rawText());
    while (matcher.find()) {
      names.add(matcher.group(1));
    }

    assertThat(names).contains("dev.kiroworker.handlers.errors.TransientException");
    for (String name : names) {
      Path source =
          WorkItemDefinition.repositoryRoot()
              .resolve("handlers/src/main/java")
              .resolve(name.replace('.', '/') + ".java");
      assertThat(source).as(name).isRegularFile();
    }
  }

  @Test
  void runBuild_hasATimeoutAndRetriesCodeBuildThrottling() {
    JsonNode runBuild = definition.path("States").path("RunBuild");

    assertThat(runBuild.path("Resource").asText())
        .isEqualTo("arn:aws:states:::codebuild:startBuild.sync");
    assertThat(runBuild.path("TimeoutSeconds").asInt()).isPositive();
    assertThat(runBuild.path("Retry").get(0).path("ErrorEquals").toString())
        .contains("CodeBuild.AccountLimitExceededException");
  }

  private List<JsonNode> tasks(String resource) {
    List<JsonNode> found = new ArrayList<>();
    collectTasks(definition.path("States"), resource, found);
    return found;
  }

  private static void collectTasks(JsonNode states, String resource, List<JsonNode> found) {
    for (JsonNode state : states) {
      if (resource.equals(state.path("Resource").asText())) {
        found.add(state);
      }
      if (state.has("ItemProcessor")) {
        collectTasks(state.path("ItemProcessor").path("States"), resource, found);
      }
    }
  }

  private record Run(int exitCode, String output) {}

  private static Run aslValidator(Path file) throws IOException, InterruptedException {
    Path tools = WorkItemDefinition.repositoryRoot().resolve("test-fixtures").resolve("node-tools");
    Path validator = tools.resolve("node_modules").resolve(".bin").resolve("asl-validator");
    Process process =
        new ProcessBuilder(validator.toString(), "--json-path", file.toString())
            .directory(tools.toFile())
            .redirectErrorStream(true)
            .start();
    // A guard against a hung child process, not a timing assertion.
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("asl-validator did not finish within 120 s");
    }
    return new Run(
        process.exitValue(),
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }
}
