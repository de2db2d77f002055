package dev.kiroworker.handlers.coverage;

import static dev.kiroworker.handlers.coverage.CoverageFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.handlers.errors.PermanentException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Cobertura XML: absolute counts first, class lines when only rates are given. */
class CoberturaReportTest {

  private final CoverageReportReader reader = new CoverageReportReader();

  @Test
  void cobertura_realIstanbulReport_readsTheAbsoluteCounts() {
    CoverageReport report = reader.read(fixture("js-sample/cobertura-coverage.xml"));

    assertThat(report.format()).isEqualTo(CoverageFormat.COBERTURA);
    assertThat(report.lines()).isEqualTo(Counter.of(47, 54));
    assertThat(report.branches()).isEqualTo(Counter.of(17, 21));
  }

  @Test
  void cobertura_withRatesOnly_countsClassLinesOnceNotMethodLines() {
    CoverageReport report = reader.read(fixture("edge-cases/cobertura-rates-only.xml"));

    assertThat(report.lines()).isEqualTo(Counter.of(4, 5));
    assertThat(report.branches()).isEqualTo(Counter.of(3, 4));
  }

  @Test
  void cobertura_withZeroBranchCounts_reportsNoBranchesToCover() {
    CoverageReport report = reader.read(fixture("edge-cases/cobertura-lines-only.xml"));

    assertThat(report.lines()).isEqualTo(Counter.of(90, 100));
    assertThat(report.branches()).isEqualTo(Counter.EMPTY);
  }

  @Test
  void cobertura_withoutAnyBranchData_reportsBranchesAsNotMeasured() {
    CoverageReport report =
        read("<coverage lines-valid=\"4\" lines-covered=\"4\"><packages/></coverage>");

    assertThat(report.lines()).isEqualTo(Counter.of(4, 4));
    assertThat(report.branches()).isNull();
    assertThat(report.branchCoverage()).isEmpty();
  }

  @Test
  void cobertura_coveredAboveValid_isRejected() {
    assertThatThrownBy(() -> read("<coverage lines-valid=\"4\" lines-covered=\"5\"/>"))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("lines-covered=\"5\", which is not at most the total of 4");
  }

  @Test
  void cobertura_malformedConditionCoverage_isRejected() {
    String xml =
        "<coverage line-rate=\"1\" branch-rate=\"1\"><packages><package><classes><class><lines>"
            + "<line number=\"1\" hits=\"1\" branch=\"true\" condition-coverage=\"half\"/>"
            + "</lines></class></classes></package></packages></coverage>";

    assertThatThrownBy(() -> read(xml))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("condition-coverage=\"half\"");
  }

  @Test
  void cobertura_conditionCoverageWithImpossibleNumbers_isRejected() {
    for (String conditions : new String[] {"50% (3/2)", "1% (99999999999999999999/1)"}) {
      String xml =
          "<coverage line-rate=\"1\" branch-rate=\"1\"><packages><package><classes><class><lines>"
              + "<line number=\"1\" hits=\"1\" branch=\"true\" condition-coverage=\""
              + conditions
              + "\"/></lines></class></classes></package></packages></coverage>";

      assertThatThrownBy(() -> read(xml))
          .isInstanceOf(PermanentException.class)
          .hasMessageContaining("not of the form \"50% (1/2)\"");
    }
  }

  private CoverageReport read(String xml) {
    return reader.read(
        "coverage.xml",
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
        CoverageFormat.COBERTURA);
  }
}
