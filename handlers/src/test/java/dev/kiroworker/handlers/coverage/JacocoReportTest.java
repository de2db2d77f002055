package dev.kiroworker.handlers.coverage;

import static dev.kiroworker.handlers.coverage.CoverageFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.handlers.errors.PermanentException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** JaCoCo XML: the report-level counters, read once. */
class JacocoReportTest {

  private final CoverageReportReader reader = new CoverageReportReader();

  @Test
  void jacoco_realReport_readsTheReportLevelCounters() {
    CoverageReport report = reader.read(fixture("java-sample/jacoco.xml"));

    assertThat(report.format()).isEqualTo(CoverageFormat.JACOCO);
    assertThat(report.lines()).isEqualTo(Counter.of(21, 22));
    assertThat(report.branches()).isEqualTo(Counter.of(14, 18));
  }

  @Test
  void jacoco_reportLevelCounters_areNotDoubleCounted() {
    // Counters repeat at group, package, class and method level; only the report's own count.
    CoverageReport report = reader.read(fixture("edge-cases/jacoco-groups-without-branches.xml"));

    assertThat(report.lines()).isEqualTo(Counter.of(7, 10));
  }

  @Test
  void jacoco_withoutBranchCounter_reportsCodeWithNoBranches() {
    CoverageReport report = reader.read(fixture("edge-cases/jacoco-groups-without-branches.xml"));

    assertThat(report.branches()).isEqualTo(Counter.EMPTY);
  }

  @Test
  void jacoco_counterWithoutMissed_isRejectedWithTheLine() {
    String xml = "<report name=\"x\">\n<counter type=\"LINE\" covered=\"3\"/>\n</report>";

    assertThatThrownBy(() -> read(xml))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("report.xml")
        .hasMessageContaining("<counter> at line 2 has no 'missed' attribute");
  }

  @Test
  void jacoco_counterWithTextForANumber_isRejected() {
    String xml = "<report><counter type=\"LINE\" missed=\"x1\" covered=\"3\"/></report>";

    assertThatThrownBy(() -> read(xml))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("missed=\"x1\", which is not a whole number of zero or more");
  }

  @Test
  void jacoco_countsTooLargeToAdd_areRejected() {
    long max = Long.MAX_VALUE;
    String xml =
        "<report><counter type=\"LINE\" missed=\"" + max + "\" covered=\"" + max + "\"/></report>";

    assertThatThrownBy(() -> read(xml))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("too large to add up");
  }

  @Test
  void jacoco_otherRootElement_isRejectedWhenTheFormatIsGiven() {
    assertThatThrownBy(() -> read("<coverage line-rate=\"1\"/>"))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("root element is <coverage>, but JaCoCo XML starts with <report>");
  }

  private CoverageReport read(String xml) {
    return reader.read(
        "report.xml",
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
        CoverageFormat.JACOCO);
  }
}
