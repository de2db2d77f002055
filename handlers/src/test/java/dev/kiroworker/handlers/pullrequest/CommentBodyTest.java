package dev.kiroworker.handlers.pullrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.handlers.config.ProjectConfig;
import dev.kiroworker.handlers.coverage.QualityGateResult;
import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.handlers.scrub.SecretScrubber;
import dev.kiroworker.handlers.spec.GitHubStandIn;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommentBodyTest {

  private static final ProjectConfig CONFIG = GitHubStandIn.config();
  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00.123Z");

  private static String render(PullRequestUpdate update) {
    return render(update, CONFIG, SecretScrubber.patternsOnly());
  }

  private static String render(
      PullRequestUpdate update, ProjectConfig config, SecretScrubber scrubber) {
    String column = BoardColumns.of(update.phase(), config, SucceededColumn.REVIEW);
    return CommentBody.render(
        update, column, new NextSteps(config, column).of(update), scrubber, NOW);
  }

  @Test
  void started_saysTheAgentIsWorking_andLinksTheExecution() {
    String body = render(Updates.phase(Phase.STARTED));

    assertThat(body)
        .startsWith(
            "<!-- kiro-worker:results -->\n### 🚧 kiro-worker is working on this pull request")
        .contains(
            "[Step Functions execution](https://eu-west-1.console.aws.amazon.com/states/home"
                + "?region=eu-west-1#/v2/executions/details/"
                + Updates.ARN
                + ")")
        .contains("[CodeBuild logs](https://console.aws.amazon.com/codesuite/codebuild/logs)")
        .contains("<sub>Updated 2026-11-26T10:00:00Z by kiro-worker · board column: In Progress")
        .doesNotContain("What to do next");
  }

  @Test
  void succeeded_showsTestsCoverageTableAndDuration() {
    String body = render(Updates.succeeded());

    assertThat(body)
        .contains("### ✅ kiro-worker finished: the tests pass and coverage meets the gate")
        .contains("| Lines | 91.2 % | 80 % | ✅ |")
        .contains("| Branches | 84 % | 80 % | ✅ |")
        .contains("**Tests:** 120 passed, 0 failed, 3 skipped")
        .contains("**Duration:** 12 min 4 s")
        .contains("Review the changes and merge the pull request")
        .doesNotContain("errored");
  }

  @Test
  void failed_whenGateNotMet_marksTheMetricAndSaysWhatToDo() {
    String body = render(Updates.gateNotMet());

    assertThat(body)
        .contains("### ❌ kiro-worker finished, but the quality gate was not met")
        .contains("| Lines | 72.4 % | 80 % | ❌ |")
        .contains("| Branches | not measured | 80 % | – |")
        .contains("**Tests:** 8 passed, 1 failed, 1 errored, 0 skipped")
        .contains("#### Quality gate\n\n- Line coverage 72.4 % is below 80 %.\n- 2 of 10 tests")
        .contains("- Fix the 2 failing tests")
        .contains("- Coverage is below the threshold")
        .contains("then move the item back to For Implementation to run again.");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          States.Timeout                                     | The build ran out of time
          dev.kiroworker.handlers.errors.PermanentException  | This will not go away on its own
          dev.kiroworker.handlers.errors.TransientException  | the workflow retries failed steps by itself
          States.TaskFailed                                  | the workflow retries failed steps by itself
          """)
  void failed_withACaughtError_showsItAndTheNextStepForItsKind(String error, String step) {
    String body = render(Updates.failure(error, "CodeBuild said no"));

    assertThat(body)
        .contains("### ❌ kiro-worker could not finish this run")
        .contains("#### What failed\n\n`" + error + "`\n\n```\nCodeBuild said no\n```")
        .contains(step)
        .contains("move the item back to For Implementation");
  }

  @Test
  void failed_scrubsTokensAndKnownSecretsInTheCause() {
    String cause =
        "git push https://x-access-token:ghs_16C7e42F292c6912E7710c838347Ae178B4a@github.com"
            + " failed; Authorization: Bearer ghp_16C7e42F292c6912E7710c838347Ae178B4a;"
            + " password hunter2-secret-value";

    String body =
        render(
            Updates.failure("States.TaskFailed", cause),
            CONFIG,
            SecretScrubber.patternsOnly().withSecret("hunter2-secret-value"));

    assertThat(body)
        .doesNotContain("ghs_16C7", "ghp_16C7", "hunter2-secret-value", "x-access-token")
        .contains("https://***@github.com", "Bearer ***", "password ***");
  }

  @Test
  void failed_fencesACauseThatHoldsBackticks_andCutsALongOne() {
    String cause = "```\n## not a heading\n" + "x".repeat(CommentBody.MAX_CAUSE);

    String body = render(Updates.failure("<script>", cause));

    assertThat(body).contains("`?script?`").contains("````\n```\n## not a heading");
    assertThat(body).contains("... (cut)\n````");
  }

  @Test
  void failed_withNothingKnown_pointsAtTheExecution() {
    String body = render(Updates.failure(null, " "));

    assertThat(body).contains("`unknown error`").doesNotContain("```");
    assertThat(render(Updates.phase(Phase.FAILED)))
        .contains("- See the execution below for what went wrong");
  }

  @Test
  void rejected_listsTheProblemsOnePerLine() {
    String body =
        render(
            Updates.rejected(
                List.of(
                    "The spec file .kiro/specs/x/design.md is missing on feature/x.",
                    "No open pull request\n# has feature/x")));

    assertThat(body)
        .contains("### ⛔ kiro-worker did not start: the spec is not ready")
        .contains(
            "#### What is wrong with the spec\n\n"
                + "- The spec file .kiro/specs/x/design.md is missing on feature/x.\n"
                + "- No open pull request # has feature/x\n")
        .contains("Fix the problems above on the branch")
        .contains("board column: Blocked");
  }

  @Test
  void stuck_saysWhatHappened_andWhatToDo_perConfiguredHandling() {
    assertThat(render(Updates.phase(Phase.STUCK)))
        .contains("stopped without reporting")
        .contains("See the execution below for what stopped it");
    ProjectConfig ready =
        GitHubStandIn.config(GitHubStandIn.columns("Blocked"), ProjectConfig.StuckItems.READY);
    assertThat(render(Updates.phase(Phase.STUCK), ready, SecretScrubber.patternsOnly()))
        .contains("Nothing to do: the item is back in For Implementation");
  }

  @Test
  void links_fromAnArnOutsideAws_leaveTheExecutionUnlinked_butAGivenConsoleUrlIsUsed() {
    PullRequestUpdate local =
        withExecution(new PullRequestUpdate.Execution("local:execution:42", null));
    assertThat(ExecutionLinks.consoleUrl(local.execution())).isEmpty();
    PullRequestUpdate localEngine =
        withExecution(
            new PullRequestUpdate.Execution(
                "arn:aws:states:us-east-1:000000000000:execution:kiro-worker-local:run-1", null));
    assertThat(ExecutionLinks.consoleUrl(localEngine.execution())).isEmpty();
    assertThat(render(localEngine)).doesNotContain("Step Functions execution");

    PullRequestUpdate given =
        withExecution(
            new PullRequestUpdate.Execution("local:execution:42", "https://localhost/run/42"));
    assertThat(render(given)).contains("[Step Functions execution](https://localhost/run/42)");
  }

  @Test
  void links_refuseAUrlThatWouldBreakTheMarkdown() {
    PullRequestUpdate update =
        withExecution(
            new PullRequestUpdate.Execution(Updates.ARN, "https://x/a) [click](https://evil"));

    assertThatThrownBy(() -> render(update))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("execution.consoleUrl");
  }

  @Test
  void failed_whenNoTestsRan_asksToCheckTheTestCommand() {
    QualityGateResult none =
        new QualityGateResult(
            null, null, 80, 0, 0, 0, 0, 0, false, List.of("No test reports were found."));

    String body = render(Updates.of(Phase.FAILED, none, null, null));

    assertThat(body)
        .contains("| Lines | not measured | 80 % | – |")
        .contains("- No tests ran: check the test command in .kiro/worker.yml")
        .doesNotContain("Coverage is below the threshold");
  }

  @Test
  void failed_withGateAndCaughtError_reportsBoth() {
    String body =
        render(
            Updates.of(
                Phase.FAILED,
                Updates.GATE_MET,
                new PullRequestUpdate.Failure("States.Timeout", "build timed out"),
                null));

    assertThat(body)
        .contains("### ❌ kiro-worker could not finish this run")
        .contains("| Lines | 91.2 % | 80 % | ✅ |")
        .contains("The build ran out of time");
  }

  @Test
  void rejected_withoutProblems_stillSaysWhatToDo() {
    assertThat(render(Updates.rejected(null)))
        .doesNotContain("What is wrong with the spec")
        .contains("Fix the problems above on the branch");
    assertThat(render(Updates.of(Phase.REJECTED, null, null, null)))
        .doesNotContain("What is wrong with the spec");
  }

  @Test
  void errorNames_areCutToTwoHundredCharacters() {
    assertThat(ErrorName.safe("E".repeat(500))).hasSize(200);
  }

  @Test
  void durations_readAsPeopleSayThem() {
    assertThat(Durations.describe(45)).isEqualTo("45 s");
    assertThat(Durations.describe(724)).isEqualTo("12 min 4 s");
    assertThat(Durations.describe(3720)).isEqualTo("1 h 2 min");
    assertThat(Durations.describe(-5)).isEqualTo("0 s");
  }

  private static PullRequestUpdate withExecution(PullRequestUpdate.Execution execution) {
    PullRequestUpdate base = Updates.phase(Phase.STARTED);
    return new PullRequestUpdate(
        base.phase(), base.workItem(), base.pullRequest(), null, null, null, execution, null);
  }
}
