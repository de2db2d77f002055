package dev.kiroworker.worker.build.verify;

import dev.kiroworker.handlers.coverage.Counter;
import dev.kiroworker.handlers.coverage.CoverageFormat;
import dev.kiroworker.handlers.coverage.CoverageReport;
import dev.kiroworker.handlers.coverage.CoverageReportReader;
import dev.kiroworker.handlers.coverage.QualityGate;
import dev.kiroworker.handlers.coverage.QualityGateResult;
import dev.kiroworker.handlers.coverage.ReportLimits;
import dev.kiroworker.handlers.coverage.TestCounts;
import dev.kiroworker.handlers.coverage.TestReportReader;
import dev.kiroworker.handlers.errors.PermanentException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Judges the copied reports with the handlers' readers and {@link QualityGate}: the same code the
 * ParseCoverage Lambda runs on the same files, so a build passes locally exactly when it passes in
 * the cloud. A report that cannot be read is a reason for the gate to fail, not a crash.
 */
final class ReportJudge {

  /** Stands in for a missing report so the gate can still judge the tests. */
  private static final CoverageReport NO_REPORT =
      CoverageReport.linesOnly(CoverageFormat.LCOV, Counter.EMPTY);

  private final ReportLimits limits;

  ReportJudge(ReportLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** The gate's verdict on {@code junit} and {@code coverage} (null when there is none). */
  Verdict judge(List<Path> junit, Path coverage, int threshold) {
    List<String> problems = new ArrayList<>();
    TestCounts tests = TestCounts.NONE;
    TestReportReader testReader = new TestReportReader(limits);
    for (Path file : junit) {
      try {
        tests = tests.plus(testReader.read(file));
      } catch (PermanentException e) {
        problems.add(e.getMessage());
      }
    }
    CoverageReport report = null;
    if (coverage != null) {
      try {
        report = new CoverageReportReader(limits).read(coverage);
      } catch (PermanentException e) {
        problems.add(e.getMessage());
      }
    }
    QualityGate gate = new QualityGate(threshold);
    if (report != null) {
      QualityGateResult result = gate.evaluate(report, tests);
      problems.addAll(0, result.reasons());
      return new Verdict(result, result.met(), problems);
    }
    // Without a coverage report the gate still judges the tests. Its reasons come one per check
    // in the order lines, branches, tests; the first two speak of a report that does not exist.
    QualityGateResult result = gate.evaluate(NO_REPORT, tests);
    problems.addAll(result.reasons().subList(2, result.reasons().size()));
    return new Verdict(result, false, problems);
  }

  /**
   * @param gate the gate's result (its coverage figures are meaningless without a report)
   * @param met whether everything was read and the gate was met
   * @param reasons the gate's reasons and every report problem
   */
  record Verdict(QualityGateResult gate, boolean met, List<String> reasons) {}
}
