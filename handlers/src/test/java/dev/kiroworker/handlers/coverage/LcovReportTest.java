package dev.kiroworker.handlers.coverage;

import static dev.kiroworker.handlers.coverage.CoverageFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.handlers.errors.PermanentException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** LCOV: record summaries summed, strict about record structure. */
class LcovReportTest {

  private final CoverageReportReader reader = new CoverageReportReader();

  @Test
  void lcov_realReport_sumsTheSummariesOfEveryRecord() {
    CoverageReport report = reader.read(fixture("js-sample/lcov.info"));

    assertThat(report.format()).isEqualTo(CoverageFormat.LCOV);
    assertThat(report.lines()).isEqualTo(Counter.of(47, 54));
    assertThat(report.branches()).isEqualTo(Counter.of(17, 21));
  }

  @Test
  void lcov_withoutBranchData_reportsBranchesAsNotMeasured() {
    CoverageReport report = reader.read(fixture("edge-cases/lcov-lines-only.info"));

    assertThat(report.lines()).isEqualTo(Counter.of(4, 5));
    assertThat(report.branches()).isNull();
  }

  @Test
  void lcov_withoutSummaryLines_countsDaAndBrdaLines() {
    // DA hits beyond a long still count as hit; BRDA "-" is a branch whose block never ran.
    CoverageReport report = reader.read(fixture("edge-cases/lcov-without-summaries.info"));

    assertThat(report.lines()).isEqualTo(Counter.of(2, 3));
    assertThat(report.branches()).isEqualTo(Counter.of(1, 3));
  }

  @Test
  void lcov_recordWithBrfZero_reportsCodeWithNoBranches() {
    CoverageReport report = read("SF:a.js\nLF:1\nLH:1\nBRF:0\nBRH:0\nend_of_record\n");

    assertThat(report.branches()).isEqualTo(Counter.EMPTY);
  }

  @Test
  void lcov_fileInTwoRecords_isRejectedRatherThanCountedTwice() {
    assertThatThrownBy(() -> reader.read(fixture("edge-cases/lcov-duplicate-file.info")))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("line 5: src/a.js has a second record")
        .hasMessageContaining("lcov -a");
  }

  @Test
  void lcov_truncatedInsideARecord_isRejected() {
    assertThatThrownBy(() -> reader.read(fixture("hostile/truncated-lcov.info")))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("truncated-lcov.info")
        .hasMessageContaining("ends inside the record for src/grade.js")
        .hasMessageContaining("looks truncated");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          SF:a\\nSF:b\\nend_of_record                 | line 2: a new SF record starts before the record for a ended
          TN:\\nend_of_record                         | line 2: end_of_record without a record
          LF:3\\nSF:a\\nend_of_record                 | line 1: LF appears outside a record
          SF:a\\nLF:x\\nend_of_record                 | line 2: LF:x is not a whole number
          SF:a\\nLF:-1\\nend_of_record                | line 2: LF:-1 is not a whole number
          SF:a\\nLF:1\\nLH:2\\nend_of_record          | line 4: the record for a has LH (2) greater than LF (1)
          SF:a\\nBRF:1\\nBRH:2\\nend_of_record        | line 4: the record for a has BRH (2) greater than BRF (1)
          SF:a\\nDA:1\\nend_of_record                 | line 2: '1' has too few comma-separated fields
          SF:a\\nDA:1,many\\nend_of_record            | line 2: 'many' is not an execution count
          SF:a\\nBRDA:1,0,0,x\\nend_of_record         | line 2: 'x' is not an execution count
          hello world                                 | line 1: 'hello world' is not an LCOV line
          TN:only                                     | it has no SF (source file) records
          """)
  void lcov_malformedInput_isRejectedWithTheLine(String content, String expected) {
    assertThatThrownBy(() -> read(content.replace("\\n", "\n")))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("lcov.info")
        .hasMessageContaining(expected);
  }

  @Test
  void lcov_negativeExecutionCount_isNotAHit() {
    CoverageReport report = read("SF:a.c\nDA:1,-1\nDA:2,0\nDA:3,2\nend_of_record\n");

    assertThat(report.lines()).isEqualTo(Counter.of(1, 3));
  }

  private CoverageReport read(String content) {
    return reader.read(
        "lcov.info",
        new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
        CoverageFormat.LCOV);
  }
}
