package dev.kiroworker.handlers.pullrequest;

import dev.kiroworker.handlers.config.ProjectConfig;
import dev.kiroworker.handlers.coverage.QualityGateResult;
import java.util.ArrayList;
import java.util.List;

/** The comment's "what to do next": one plain sentence per thing the reader can do. */
final class NextSteps {

  private final ProjectConfig config;
  private final String column;

  /**
   * @param column the column the item is being moved to
   */
  NextSteps(ProjectConfig config, String column) {
    this.config = config;
    this.column = column;
  }

  /** The steps for {@code update}; empty when nothing is needed. */
  List<String> of(PullRequestUpdate update) {
    String rerun = "then move the item back to " + config.columns().ready() + " to run again.";
    return switch (update.phase()) {
      case STARTED -> List.of();
      case SUCCEEDED ->
          List.of(
              "Review the changes and merge the pull request when you are happy with them; the"
                  + " item is in "
                  + column
                  + ".");
      case FAILED -> failed(update, rerun);
      case REJECTED -> List.of("Fix the problems above on the branch, " + rerun);
      case STUCK ->
          config.stuckItems() == ProjectConfig.StuckItems.READY
              ? List.of("Nothing to do: the item is back in " + column + " and runs again soon.")
              : List.of("See the execution below for what stopped it, " + rerun);
    };
  }

  private static List<String> failed(PullRequestUpdate update, String rerun) {
    List<String> steps = new ArrayList<>();
    if (update.results() != null && update.results().gate() != null) {
      steps.addAll(gate(update.results().gate(), rerun));
    }
    if (update.failure() != null) {
      steps.add(
          switch (FailureKind.of(update.failure().error())) {
            case TIMEOUT ->
                "The build ran out of time before the agent finished: split the open tasks in"
                    + " tasks.md into smaller ones or raise the build timeout, "
                    + rerun;
            case PERMANENT ->
                "This will not go away on its own: fix what the error above says (token,"
                    + " permissions or configuration), "
                    + rerun;
            case INFRASTRUCTURE ->
                "This looks like an infrastructure problem: the workflow retries failed steps by"
                    + " itself. If it still fails, "
                    + rerun;
          });
    }
    if (steps.isEmpty()) {
      steps.add("See the execution below for what went wrong, " + rerun);
    }
    return steps;
  }

  private static List<String> gate(QualityGateResult gate, String rerun) {
    List<String> steps = new ArrayList<>();
    int failing = gate.testsFailed() + gate.testsErrored();
    if (failing > 0) {
      steps.add(
          "Fix the "
              + failing
              + (failing == 1 ? " failing test" : " failing tests")
              + " (the CodeBuild logs and test report show which), push to the branch, "
              + rerun);
    } else if (gate.testsTotal() == 0) {
      steps.add(
          "No tests ran: check the test command in .kiro/worker.yml and that the build writes"
              + " JUnit XML reports, "
              + rerun);
    }
    if (below(gate.linePct(), gate.threshold()) || below(gate.branchPct(), gate.threshold())) {
      steps.add(
          "Coverage is below the threshold: add tests for the uncovered code (or a task in"
              + " tasks.md asking for them), "
              + rerun);
    }
    return steps;
  }

  static boolean below(Double pct, double threshold) {
    return pct != null && pct < threshold;
  }
}
