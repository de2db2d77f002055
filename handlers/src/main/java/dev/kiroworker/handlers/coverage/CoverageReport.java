package dev.kiroworker.handlers.coverage;

import java.util.Objects;
import java.util.Optional;

/**
 * The totals of one coverage report, whatever tool wrote it.
 *
 * @param format the format the report was written in
 * @param lines line coverage (Clover: statements)
 * @param branches branch coverage (Clover: conditionals), or {@code null} when the report does not
 *     measure branches at all, e.g. LCOV written with branch coverage switched off. An {@link
 *     Counter#EMPTY empty} counter instead means branches were measured and the code has none.
 */
public record CoverageReport(CoverageFormat format, Counter lines, Counter branches) {

  public CoverageReport {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(lines, "lines");
  }

  /** A report that measures lines only. */
  public static CoverageReport linesOnly(CoverageFormat format, Counter lines) {
    return new CoverageReport(format, lines, null);
  }

  /** Branch coverage, empty when the report does not measure branches. */
  public Optional<Counter> branchCoverage() {
    return Optional.ofNullable(branches);
  }
}
