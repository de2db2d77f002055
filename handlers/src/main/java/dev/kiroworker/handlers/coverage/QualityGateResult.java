package dev.kiroworker.handlers.coverage;

import java.util.List;
import java.util.Objects;

/**
 * The quality gate's verdict on one build, shaped for the workflow's {@code $.results} and the PR
 * comment.
 *
 * @param linePct line coverage in percent, rounded down to one decimal; null when the report
 *     measured no lines
 * @param branchPct branch coverage in percent, rounded down to one decimal; null when branches were
 *     not measured or the code has none
 * @param threshold the minimum percentage for lines and (when measured) branches
 * @param met whether the build passes the gate
 * @param reasons one plain sentence per check, in the order lines, branches, tests
 */
public record QualityGateResult(
    Double linePct,
    Double branchPct,
    double threshold,
    int testsTotal,
    int testsPassed,
    int testsFailed,
    int testsErrored,
    int testsSkipped,
    boolean met,
    List<String> reasons) {

  public QualityGateResult {
    reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("a gate result must give its reasons");
    }
  }
}
