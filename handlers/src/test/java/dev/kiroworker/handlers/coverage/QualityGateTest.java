package dev.kiroworker.handlers.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.handlers.errors.PermanentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quality gate: lines always, branches when measured, tests that ran and passed. */
class QualityGateTest {

  private static final TestCounts ALL_PASSED = TestCounts.of(120, 0, 0, 0);

  private final QualityGate gate = QualityGate.withDefaultThreshold();

  @Test
  void evaluate_whenEverythingIsAboveTheThreshold_isMetAndSaysWhy() {
    var report =
        new CoverageReport(CoverageFormat.JACOCO, Counter.of(912, 1000), Counter.of(85, 100));

    QualityGateResult result = gate.evaluate(report, ALL_PASSED);

    assertThat(result.met()).isTrue();
    assertThat(result.linePct()).isEqualTo(91.2);
    assertThat(result.branchPct()).isEqualTo(85.0);
    assertThat(result.threshold()).isEqualTo(80.0);
    assertThat(result.reasons())
        .containsExactly(
            "Line coverage 91.2 % meets the 80 % threshold.",
            "Branch coverage 85.0 % meets the 80 % threshold.", "120 tests ran and passed.");
  }

  @Test
  void evaluate_whenLinesAreBelowTheThreshold_isNotMet() {
    var report =
        new CoverageReport(CoverageFormat.JACOCO, Counter.of(724, 1000), Counter.of(9, 10));

    QualityGateResult result = gate.evaluate(report, ALL_PASSED);

    assertThat(result.met()).isFalse();
    assertThat(result.reasons()).contains("Line coverage 72.4 % is below the 80 % threshold.");
  }

  @Test
  void evaluate_whenBranchesAreBelowTheThreshold_isNotMet() {
    var report = new CoverageReport(CoverageFormat.LCOV, Counter.of(9, 10), Counter.of(1, 2));

    QualityGateResult result = gate.evaluate(report, ALL_PASSED);

    assertThat(result.met()).isFalse();
    assertThat(result.reasons()).contains("Branch coverage 50.0 % is below the 80 % threshold.");
  }

  @Test
  void evaluate_justBelowTheThreshold_failsAndIsShownRoundedDown() {
    var report = CoverageReport.linesOnly(CoverageFormat.LCOV, Counter.of(7996, 10000));

    QualityGateResult result = gate.evaluate(report, ALL_PASSED);

    assertThat(result.met()).isFalse();
    assertThat(result.linePct()).isEqualTo(79.9);
    assertThat(result.reasons()).contains("Line coverage 79.9 % is below the 80 % threshold.");
  }

  @Test
  void evaluate_exactlyAtTheThreshold_passes() {
    var report = CoverageReport.linesOnly(CoverageFormat.LCOV, Counter.of(4, 5));

    assertThat(gate.evaluate(report, ALL_PASSED).met()).isTrue();
  }

  @Test
  void evaluate_whenBranchesAreNotMeasured_judgesLinesAndSaysSo() {
    var report = CoverageReport.linesOnly(CoverageFormat.LCOV, Counter.of(9, 10));

    QualityGateResult result = gate.evaluate(report, ALL_PASSED);

    assertThat(result.met()).isTrue();
    assertThat(result.branchPct()).isNull();
    assertThat(result.reasons())
        .contains(
            "The LCOV report does not measure branches, so the gate judged line coverage only.");
  }

  @Test
  void evaluate_whenTheCodeHasNoBranches_judgesLinesAndSaysSo() {
    var report = new CoverageReport(CoverageFormat.JACOCO, Counter.of(9, 10), Counter.EMPTY);

    QualityGateResult result = gate.evaluate(report, ALL_PASSED);

    assertThat(result.met()).isTrue();
    assertThat(result.branchPct()).isNull();
    assertThat(result.reasons())
        .contains("The code has no branches to cover, so the gate judged line coverage only.");
  }

  @Test
  void evaluate_whenNoLinesWereMeasured_isNotMet() {
    var report = new CoverageReport(CoverageFormat.JACOCO, Counter.EMPTY, Counter.EMPTY);

    QualityGateResult result = gate.evaluate(report, ALL_PASSED);

    assertThat(result.met()).isFalse();
    assertThat(result.linePct()).isNull();
    assertThat(result.reasons())
        .contains(
            "The JaCoCo XML report measured no lines, so line coverage cannot reach the threshold.");
  }

  @Test
  void evaluate_whenTestsFailOrError_isNotMetAndCountsThem() {
    var report = CoverageReport.linesOnly(CoverageFormat.LCOV, Counter.of(10, 10));

    QualityGateResult result = gate.evaluate(report, TestCounts.of(5, 3, 1, 2));

    assertThat(result.met()).isFalse();
    assertThat(result.testsTotal()).isEqualTo(11);
    assertThat(result.testsPassed()).isEqualTo(5);
    assertThat(result.testsFailed()).isEqualTo(3);
    assertThat(result.testsErrored()).isEqualTo(1);
    assertThat(result.testsSkipped()).isEqualTo(2);
    assertThat(result.reasons()).contains("3 tests failed.", "1 test ended with an error.");
  }

  @Test
  void evaluate_withSkippedTests_passesAndMentionsThem() {
    var report = CoverageReport.linesOnly(CoverageFormat.LCOV, Counter.of(10, 10));

    QualityGateResult result = gate.evaluate(report, TestCounts.of(1, 0, 0, 2));

    assertThat(result.met()).isTrue();
    assertThat(result.reasons()).contains("1 test ran and passed; 2 skipped.");
  }

  @Test
  void evaluate_withoutTestResults_isNotMet() {
    var report = CoverageReport.linesOnly(CoverageFormat.LCOV, Counter.of(10, 10));

    QualityGateResult result = gate.evaluate(report, TestCounts.NONE);

    assertThat(result.met()).isFalse();
    assertThat(result.reasons())
        .contains("No test results were found, so the gate cannot tell whether the tests pass.");
  }

  @Test
  void evaluate_whenEveryTestWasSkipped_isNotMet() {
    var report = CoverageReport.linesOnly(CoverageFormat.LCOV, Counter.of(10, 10));

    QualityGateResult result = gate.evaluate(report, TestCounts.of(0, 0, 0, 1));

    assertThat(result.met()).isFalse();
    assertThat(result.reasons()).contains("No test ran: 1 test skipped.");
  }

  @Test
  void evaluate_withAFractionalThreshold_showsIt() {
    var report = CoverageReport.linesOnly(CoverageFormat.LCOV, Counter.of(82, 100));

    QualityGateResult result = new QualityGate(82.5).evaluate(report, ALL_PASSED);

    assertThat(result.met()).isFalse();
    assertThat(result.reasons()).contains("Line coverage 82.0 % is below the 82.5 % threshold.");
  }

  @Test
  void thresholdsAtTheBounds_areAccepted() {
    var report = CoverageReport.linesOnly(CoverageFormat.LCOV, Counter.of(0, 10));

    assertThat(new QualityGate(0).evaluate(report, ALL_PASSED).met()).isTrue();
    assertThat(new QualityGate(100).evaluate(report, ALL_PASSED).met()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.1, 100.1, Double.NaN, Double.POSITIVE_INFINITY})
  void threshold_outsideZeroToHundred_isRejected(double threshold) {
    assertThatThrownBy(() -> new QualityGate(threshold))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("must be a percentage from 0 to 100, but it is " + threshold);
  }

  @Test
  void result_mustGiveReasons() {
    assertThatThrownBy(
            () -> new QualityGateResult(null, null, 80, 0, 0, 0, 0, 0, false, java.util.List.of()))
        .hasMessageContaining("must give its reasons");
  }
}
