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

/** Istanbul coverage-summary.json: the totals entry, streamed. */
class IstanbulSummaryReportTest {

  private final CoverageReportReader reader = new CoverageReportReader();

  @Test
  void istanbul_realSummary_readsTotalLinesAndBranches() {
    CoverageReport report = reader.read(fixture("js-sample/coverage-summary.json"));

    assertThat(report.format()).isEqualTo(CoverageFormat.ISTANBUL_SUMMARY);
    assertThat(report.lines()).isEqualTo(Counter.of(47, 54));
    assertThat(report.branches()).isEqualTo(Counter.of(17, 21));
  }

  @Test
  void istanbul_pctUnknownAndPerFileEntries_areIgnored() {
    String json =
        """
        {"a.js": {"lines": {"total": 1, "covered": 0}},
         "total": {"lines": {"total": 4, "covered": 3, "pct": "Unknown"},
                   "functions": {"total": 1, "covered": 1, "pct": 100}}}
        """;

    CoverageReport report = read(json);

    assertThat(report.lines()).isEqualTo(Counter.of(3, 4));
    assertThat(report.branches()).as("no branches entry: not measured").isNull();
  }

  @Test
  void istanbul_truncatedFile_isRejectedWithTheLocation() {
    assertThatThrownBy(() -> reader.read(fixture("hostile/truncated-coverage-summary.json")))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("truncated-coverage-summary.json")
        .hasMessageContaining("invalid JSON at line 2");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          [1, 2]                                                        | it is not a JSON object
          {"a": 1}                                                      | it has no "total" entry
          {"total": 5}                                                  | "total" is not a JSON object
          {"total": {"branches": {"total": 1, "covered": 1}}}           | "total" entry has no "lines"
          {"total": {"lines": 3}}                                       | "total.lines" is not a JSON object
          {"total": {"lines": {"total": 3}}}                            | total.lines needs both "total" and "covered"
          {"total": {"lines": {"total": 3, "covered": 4}}}              | total.lines.covered (4) is greater than its total (3)
          {"total": {"lines": {"total": 3, "covered": -1}}}             | total.lines.covered is -1, not a whole number
          {"total": {"lines": {"total": 3.5, "covered": 1}}}            | total.lines.total is 3.5, not a whole number
          {"total": {"lines": {"total": 99999999999999999999, "covered": 1}}} | total.lines.total is 99999999999999999999
          {"total": {"lines": {"total": 3, "covered": 1}}} {}           | it has content after the JSON object
          """)
  void istanbul_malformedSummary_isRejected(String json, String expected) {
    assertThatThrownBy(() -> read(json))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("coverage-summary.json")
        .hasMessageContaining(expected);
  }

  @Test
  void istanbul_deeplyNestedJson_isRejectedByTheNestingBound() {
    String json = "{\"a.js\": " + "[".repeat(100) + "]".repeat(100) + "}";

    assertThatThrownBy(() -> read(json))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("invalid JSON")
        .hasMessageContaining("nesting depth");
  }

  private CoverageReport read(String json) {
    return reader.read(
        "coverage-summary.json",
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
        CoverageFormat.ISTANBUL_SUMMARY);
  }
}
