package dev.kiroworker.handlers.coverage;

import dev.kiroworker.handlers.errors.PermanentException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decides whether a build is good enough to report as done: line coverage, branch coverage where
 * the report measures it, and tests that ran and passed.
 *
 * <p>Rules, each explained by one sentence in the result's reasons:
 *
 * <ul>
 *   <li>Line coverage must reach the threshold; a report that measured no lines fails.
 *   <li>Branch coverage must reach the threshold when the report measures branches and the code has
 *       some; otherwise the gate judges lines alone and says so.
 *   <li>No test may fail or end with an error, and at least one test must have run.
 * </ul>
 *
 * Percentages are compared exactly and shown rounded down, so 79.96 % shows as 79.9 % and fails an
 * 80 % gate rather than showing as a passing-looking 80.0 %.
 *
 * @param threshold the minimum coverage in percent, from 0 to 100
 */
public record QualityGate(double threshold) {

  /** The threshold when neither the environment nor the repository sets one. */
  public static final double DEFAULT_THRESHOLD = 80;

  public QualityGate {
    if (!(threshold >= 0 && threshold <= 100)) {
      throw new PermanentException(
          "The coverage threshold must be a percentage from 0 to 100, but it is "
              + threshold
              + ". Fix the threshold in the environment or the repository's .kiro/worker.yml.");
    }
  }

  public static QualityGate withDefaultThreshold() {
    return new QualityGate(DEFAULT_THRESHOLD);
  }

  /** Judges a build by its coverage report and the sum of its test reports. */
  public QualityGateResult evaluate(CoverageReport coverage, TestCounts tests) {
    Objects.requireNonNull(coverage, "coverage");
    Objects.requireNonNull(tests, "tests");
    List<String> reasons = new ArrayList<>();
    boolean linesMet = judgeLines(coverage, reasons);
    boolean branchesMet = judgeBranches(coverage, reasons);
    boolean testsMet = judgeTests(tests, reasons);
    return new QualityGateResult(
        shown(coverage.lines()),
        coverage.branchCoverage().map(QualityGate::shown).orElse(null),
        threshold,
        tests.total(),
        tests.passed(),
        tests.failed(),
        tests.errored(),
        tests.skipped(),
        linesMet && branchesMet && testsMet,
        reasons);
  }

  private boolean judgeLines(CoverageReport coverage, List<String> reasons) {
    if (coverage.lines().isEmpty()) {
      reasons.add(
          "The "
              + coverage.format().displayName()
              + " report measured no lines, so line coverage cannot reach the threshold.");
      return false;
    }
    return judge("Line", coverage.lines(), reasons);
  }

  private boolean judgeBranches(CoverageReport coverage, List<String> reasons) {
    Counter branches = coverage.branches();
    if (branches == null) {
      reasons.add(
          "The "
              + coverage.format().displayName()
              + " report does not measure branches, so the gate judged line coverage only.");
      return true;
    }
    if (branches.isEmpty()) {
      reasons.add("The code has no branches to cover, so the gate judged line coverage only.");
      return true;
    }
    return judge("Branch", branches, reasons);
  }

  private boolean judge(String what, Counter counter, List<String> reasons) {
    boolean met = counter.isAtLeast(BigDecimal.valueOf(threshold));
    reasons.add(
        what
            + " coverage "
            + rounded(counter).toPlainString()
            + " % "
            + (met ? "meets" : "is below")
            + " the "
            + thresholdText()
            + " % threshold.");
    return met;
  }

  private static boolean judgeTests(TestCounts tests, List<String> reasons) {
    if (tests.total() == 0) {
      reasons.add("No test results were found, so the gate cannot tell whether the tests pass.");
      return false;
    }
    if (tests.ran() == 0) {
      reasons.add("No test ran: " + tests(tests.total()) + " skipped.");
      return false;
    }
    if (tests.failed() > 0) {
      reasons.add(tests(tests.failed()) + " failed.");
    }
    if (tests.errored() > 0) {
      reasons.add(tests(tests.errored()) + " ended with an error.");
    }
    boolean passed = tests.failed() == 0 && tests.errored() == 0;
    if (passed) {
      String skipped = tests.skipped() == 0 ? "" : "; " + tests.skipped() + " skipped";
      reasons.add(tests(tests.ran()) + " ran and passed" + skipped + ".");
    }
    return passed;
  }

  private static String tests(int count) {
    return count + (count == 1 ? " test" : " tests");
  }

  private String thresholdText() {
    return BigDecimal.valueOf(threshold).stripTrailingZeros().toPlainString();
  }

  /** The percentage shown to people, or null when nothing was measured. */
  private static Double shown(Counter counter) {
    return counter.isEmpty() ? null : rounded(counter).doubleValue();
  }

  /** One decimal, rounded down, so a failing value never looks like a passing one. */
  private static BigDecimal rounded(Counter counter) {
    return counter.percent().orElse(BigDecimal.ZERO).setScale(1, RoundingMode.FLOOR);
  }
}
