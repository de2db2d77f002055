package dev.kiroworker.handlers.coverage;

import static dev.kiroworker.handlers.coverage.CoverageFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.handlers.errors.PermanentException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Formats are recognised by content, and anything else is named in the failure. */
class FormatDetectionTest {

  private final CoverageReportReader reader = new CoverageReportReader();

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "java-sample/jacoco.xml, JACOCO",
    "js-sample/cobertura-coverage.xml, COBERTURA",
    "js-sample/clover.xml, CLOVER",
    "js-sample/lcov.info, LCOV",
    "js-sample/coverage-summary.json, ISTANBUL_SUMMARY",
    "edge-cases/cobertura-rates-only.xml, COBERTURA",
    "edge-cases/lcov-without-summaries.info, LCOV"
  })
  void detect_realReports_byContent(String file, CoverageFormat expected) throws IOException {
    try (InputStream in = Files.newInputStream(fixture(file))) {
      assertThat(reader.detect(file, in)).isEqualTo(expected);
    }
  }

  @Test
  void detect_ignoresTheFileName(@TempDir Path folder) throws IOException {
    // An LCOV tracefile saved under a JaCoCo name is still read as LCOV.
    Path misnamed = folder.resolve("jacoco.xml");
    Files.copy(fixture("js-sample/lcov.info"), misnamed);

    CoverageReport report = reader.read(misnamed);

    assertThat(report.format()).isEqualTo(CoverageFormat.LCOV);
  }

  @Test
  void read_everyFormatOfOneRealRun_agreesOnTheTotals() {
    // One c8 run wrote all four reports; whichever the build keeps, the gate sees the same numbers.
    for (String file :
        new String[] {
          "lcov.info", "cobertura-coverage.xml", "clover.xml", "coverage-summary.json"
        }) {
      CoverageReport report = reader.read(fixture("js-sample/" + file));

      assertThat(report.lines()).as(file).isEqualTo(Counter.of(47, 54));
      assertThat(report.branches()).as(file).isEqualTo(Counter.of(17, 21));
    }
  }

  @Test
  void detect_junitReport_isNamedAsATestReportNotCoverage() {
    assertThatThrownBy(() -> reader.read(fixture("js-sample/junit.xml")))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("junit.xml is not a coverage report this worker reads")
        .hasMessageContaining("<testsuites>: a JUnit test report, not a coverage report");
  }

  @Test
  void detect_istanbulCoverageFinal_suggestsTheSummaryReporter() {
    assertThatThrownBy(() -> reader.read(fixture("js-sample/coverage-final.json")))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("a JSON object whose first key is \"/tmp/sample-js/src/grade.js\"")
        .hasMessageContaining("json-summary reporter");
  }

  @Test
  void detect_plainText_quotesItsFirstLine() {
    assertThatThrownBy(() -> reader.read(fixture("hostile/not-a-report.txt")))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("text starting with \"This build wrote a log where a coverage ...\"")
        .hasMessageContaining("Write one of: JaCoCo XML, Cobertura XML, LCOV");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ''                                          | an empty file
          '  \\n\\t '                                 | an empty file
          '<html><body/></html>'                      | XML whose root element is <html>
          '<coverage><foo/></coverage>'               | neither Cobertura's rates nor Clover's <project>
          '[{"total": 1}]'                            | JSON that is not an object
          '{}'                                        | first key is ""
          '{"total" 1'                                | text that starts like JSON but is not valid JSON
          """)
  void detect_unknownContent_isDescribed(String content, String description) {
    byte[] bytes =
        content.replace("\\n", "\n").replace("\\t", "\t").getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> reader.detect("report", new ByteArrayInputStream(bytes)))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining(description);
  }

  @Test
  void detect_binaryData_isDescribedWithoutQuotingIt() {
    byte[] bytes = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13};

    assertThatThrownBy(() -> reader.detect("image.png", new ByteArrayInputStream(bytes)))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("it is binary data");
  }

  @Test
  void detect_byteOrderMarkAndLeadingWhiteSpace_areSkipped() {
    byte[] bytes = "\uFEFF\n  TN:\nSF:a.js\nend_of_record\n".getBytes(StandardCharsets.UTF_8);

    assertThat(reader.detect("lcov.info", new ByteArrayInputStream(bytes)))
        .isEqualTo(CoverageFormat.LCOV);
  }

  @Test
  void detect_emmaReport_isNotMistakenForJacoco() {
    assertThatThrownBy(() -> detect("<report><stats><packages value=\"4\"/></stats></report>"))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("<report> with a first child <stats>")
        .hasMessageContaining("EMMA");
    assertThat(detect("<report name=\"empty\"/>")).isEqualTo(CoverageFormat.JACOCO);
  }

  @Test
  void detect_coverageRootWithCloverAttributeOrProjectChild_isClover() {
    assertThat(detect("<coverage clover=\"3.2.0\"/>")).isEqualTo(CoverageFormat.CLOVER);
    assertThat(detect("<coverage><project/></coverage>")).isEqualTo(CoverageFormat.CLOVER);
  }

  @Test
  void detect_coverageRootWithCoberturaShape_isCobertura() {
    assertThat(detect("<coverage lines-valid=\"1\"/>")).isEqualTo(CoverageFormat.COBERTURA);
    assertThat(detect("<coverage><sources/></coverage>")).isEqualTo(CoverageFormat.COBERTURA);
    assertThat(detect("<coverage><packages/></coverage>")).isEqualTo(CoverageFormat.COBERTURA);
  }

  @Test
  void detect_rootWhoseFirstChildLiesBeyondTheHead_isDecidedByTheRootAlone() {
    String padding = "<!--" + "x".repeat(FormatDetector.HEAD_BYTES) + "-->";
    String xml = "<coverage line-rate=\"0.5\">" + padding + "<packages/></coverage>";

    assertThat(detect(xml)).isEqualTo(CoverageFormat.COBERTURA);
  }

  @Test
  void detect_rootBeyondTheHead_saysSo() {
    String xml = "<!--" + "x".repeat(FormatDetector.HEAD_BYTES) + "--><report/>";

    assertThatThrownBy(() -> detect(xml))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("XML whose root element is not within its first 64 KiB");
  }

  @Test
  void detect_xmlWithoutARootElement_isRejectedAsInvalidXml() {
    assertThatThrownBy(() -> detect("<?xml version=\"1.0\"?><!-- only a comment -->"))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("invalid XML at line 1, column 45: Premature end of file.");
  }

  @Test
  void detect_malformedXmlBeforeTheRoot_isRejectedAsInvalidXml() {
    assertThatThrownBy(() -> detect("<?xml version=\"1.0\"?><<report/>"))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("invalid XML at line 1");
  }

  private CoverageFormat detect(String content) {
    return reader.detect(
        "report", new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
  }
}
