package dev.kiroworker.handlers.coverage;

import java.util.List;
import java.util.Objects;

/**
 * A build's reports as found in S3: the coverage report and the sum of its JUnit test reports.
 *
 * @param location where the reports were looked for
 * @param coverageKey the key of the coverage report that was read
 * @param coverage that report's totals
 * @param testReportKeys the keys of the JUnit XML reports that were read, possibly none
 * @param tests the sum of those reports' test cases
 */
public record BuildReports(
    ReportLocation location,
    String coverageKey,
    CoverageReport coverage,
    List<String> testReportKeys,
    TestCounts tests) {

  public BuildReports {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(coverageKey, "coverageKey");
    Objects.requireNonNull(coverage, "coverage");
    testReportKeys = List.copyOf(testReportKeys);
    Objects.requireNonNull(tests, "tests");
  }
}
