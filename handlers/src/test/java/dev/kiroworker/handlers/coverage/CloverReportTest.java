package dev.kiroworker.handlers.coverage;

import static dev.kiroworker.handlers.coverage.CoverageFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.handlers.errors.PermanentException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Clover XML: project metrics, statements as lines and conditionals as branches. */
class CloverReportTest {

  private final CoverageReportReader reader = new CoverageReportReader();

  @Test
  void clover_realIstanbulReport_mapsStatementsToLinesAndConditionalsToBranches() {
    CoverageReport report = reader.read(fixture("js-sample/clover.xml"));

    assertThat(report.format()).isEqualTo(CoverageFormat.CLOVER);
    assertThat(report.lines()).isEqualTo(Counter.of(47, 54));
    assertThat(report.branches()).isEqualTo(Counter.of(17, 21));
  }

  @Test
  void clover_readsProjectMetricsNotPackageOrTestProjectMetrics() {
    CoverageReport report = reader.read(fixture("edge-cases/clover-without-conditionals.xml"));

    assertThat(report.lines()).isEqualTo(Counter.of(45, 50));
  }

  @Test
  void clover_withoutConditionals_reportsBranchesAsNotMeasured() {
    CoverageReport report = reader.read(fixture("edge-cases/clover-without-conditionals.xml"));

    assertThat(report.branches()).isNull();
  }

  @Test
  void clover_withoutProjectMetrics_isRejected() {
    assertThatThrownBy(() -> read("<coverage clover=\"4\"><project name=\"x\"/></coverage>"))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("no project-level <coverage><project><metrics> element");
  }

  @Test
  void clover_metricsWithoutCoveredStatements_isRejected() {
    String xml = "<coverage clover=\"4\"><project><metrics statements=\"3\"/></project></coverage>";

    assertThatThrownBy(() -> read(xml))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("has no 'coveredstatements' attribute");
  }

  private CoverageReport read(String xml) {
    return reader.read(
        "clover.xml",
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
        CoverageFormat.CLOVER);
  }
}
