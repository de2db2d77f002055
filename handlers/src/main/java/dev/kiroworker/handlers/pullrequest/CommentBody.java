package dev.kiroworker.handlers.pullrequest;

import dev.kiroworker.handlers.coverage.QualityGateResult;
import dev.kiroworker.handlers.scrub.SecretScrubber;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * The Markdown of the results comment for one phase: status, tests, coverage against the threshold,
 * duration, what failed, what to do next and links. The whole text is scrubbed.
 */
final class CommentBody {

  /** Room for a useful cause while staying far below GitHub's 65536-character comment limit. */
  static final int MAX_CAUSE = 4000;

  private static final int MAX_PROBLEMS = 20;

  private final PullRequestUpdate update;
  private final String column;
  private final List<String> nextSteps;
  private final SecretScrubber scrubber;
  private final StringBuilder text = new StringBuilder();

  private CommentBody(
      PullRequestUpdate update, String column, List<String> nextSteps, SecretScrubber scrubber) {
    this.update = update;
    this.column = column;
    this.nextSteps = nextSteps;
    this.scrubber = scrubber;
  }

  /** The comment for {@code update}, which moves the item to {@code column}. */
  static String render(
      PullRequestUpdate update,
      String column,
      List<String> nextSteps,
      SecretScrubber scrubber,
      Instant now) {
    return new CommentBody(update, column, nextSteps, scrubber).render(now);
  }

  private String render(Instant now) {
    text.append(ResultsComment.MARKER).append('\n');
    text.append("### ").append(Headline.of(update)).append("\n\n");
    results();
    duration();
    whatFailed();
    list("What to do next", nextSteps);
    List<String> links = ExecutionLinks.of(update);
    if (!links.isEmpty()) {
      text.append(String.join(" · ", links)).append("\n\n");
    }
    text.append("<sub>Updated ")
        .append(now.truncatedTo(ChronoUnit.SECONDS))
        .append(" by kiro-worker · board column: ")
        .append(column)
        .append("</sub>\n");
    return scrubber.scrub(text.toString());
  }

  private void results() {
    if (update.results() == null || update.results().gate() == null) {
      return;
    }
    QualityGateResult gate = update.results().gate();
    text.append("| Coverage | Measured | Threshold | |\n| --- | ---: | ---: | :---: |\n");
    row("Lines", gate.linePct(), gate.threshold());
    row("Branches", gate.branchPct(), gate.threshold());
    text.append("\n**Tests:** ")
        .append(gate.testsPassed())
        .append(" passed, ")
        .append(gate.testsFailed())
        .append(" failed, ");
    if (gate.testsErrored() > 0) {
      text.append(gate.testsErrored()).append(" errored, ");
    }
    text.append(gate.testsSkipped()).append(" skipped\n\n");
  }

  private void row(String metric, Double pct, double threshold) {
    String mark = pct == null ? "–" : NextSteps.below(pct, threshold) ? "❌" : "✅";
    text.append("| ")
        .append(metric)
        .append(" | ")
        .append(pct == null ? "not measured" : percent(pct))
        .append(" | ")
        .append(percent(threshold))
        .append(" | ")
        .append(mark)
        .append(" |\n");
  }

  private void duration() {
    if (update.build() != null && update.build().durationSeconds() != null) {
      text.append("**Duration:** ")
          .append(Durations.describe(update.build().durationSeconds()))
          .append("\n\n");
    }
  }

  private void whatFailed() {
    if (update.phase() == Phase.REJECTED && update.validation() != null) {
      List<String> problems = update.validation().problems();
      list(
          "What is wrong with the spec",
          problems == null ? List.of() : problems.stream().limit(MAX_PROBLEMS).toList());
    }
    if (update.phase() == Phase.FAILED) {
      if (update.results() != null && update.results().gate() != null) {
        // The gate gives a verdict for every check, met or not, so these are not all failures.
        list("Quality gate", update.results().gate().reasons());
      }
      if (update.failure() != null) {
        failure(update.failure());
      }
    }
  }

  private void failure(PullRequestUpdate.Failure failure) {
    text.append("#### What failed\n\n`").append(ErrorName.safe(failure.error())).append("`\n\n");
    if (failure.cause() != null && !failure.cause().isBlank()) {
      // Scrubbed before it is cut, so a cut cannot leave half a token behind.
      String cause = scrubber.scrub(failure.cause());
      if (cause.length() > MAX_CAUSE) {
        cause = cause.substring(0, MAX_CAUSE) + "\n... (cut)";
      }
      String fence = Fences.around(cause);
      text.append(fence).append('\n').append(cause).append('\n').append(fence).append("\n\n");
    }
  }

  private void list(String heading, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    text.append("#### ").append(heading).append("\n\n");
    // One line per item: a line break in an item must not start Markdown of its own.
    items.forEach(item -> text.append("- ").append(item.replaceAll("\\s+", " ")).append('\n'));
    text.append('\n');
  }

  private static String percent(double value) {
    return value == Math.rint(value)
        ? String.format(Locale.ROOT, "%.0f %%", value)
        : String.format(Locale.ROOT, "%.1f %%", value);
  }
}
