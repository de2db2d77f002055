package dev.kiroworker.handlers.coverage;

import static dev.kiroworker.handlers.coverage.CoverageFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.handlers.errors.PermanentException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JUnit XML from Surefire and Node: each test case counted once. */
class TestReportReaderTest {

  private final TestReportReader reader = new TestReportReader();

  @Test
  void junit_realSurefireReportOfThisRepository_countsEveryPassingTest() {
    TestCounts counts =
        reader.read(fixture("kiro-worker/TEST-dev.kiroworker.testsupport.HarnessSettingsTest.xml"));

    assertThat(counts).isEqualTo(TestCounts.of(7, 0, 0, 0));
  }

  @Test
  void junit_realSurefireReportsWithFailures_areSummedAcrossFiles() {
    TestCounts counts =
        reader.readAll(
            List.of(
                fixture("java-sample/TEST-sample.grading.GraderTest.xml"),
                fixture("java-sample/TEST-sample.parsing.ScoreParserTest.xml")));

    assertThat(counts).isEqualTo(new TestCounts(8, 5, 1, 1, 1));
  }

  @Test
  void junit_nodeTestRunner_countsCasesDirectlyUnderTestsuitesAndTodosAsSkipped() {
    TestCounts counts = reader.read(fixture("js-sample/junit.xml"));

    assertThat(counts).isEqualTo(new TestCounts(11, 7, 2, 0, 2));
  }

  @Test
  void junit_nestedSuitesAndReruns_countEachTestCaseOnce() {
    // Flaky (passed on rerun) counts as passed; text that looks like an element does not count.
    TestCounts counts = reader.read(fixture("edge-cases/junit-nested-with-reruns.xml"));

    assertThat(counts).isEqualTo(new TestCounts(5, 3, 1, 0, 1));
  }

  @Test
  void junit_suitesWithoutTestCases_countTheirAttributesButNotTheWrapper() {
    TestCounts counts = reader.read(fixture("edge-cases/junit-suites-without-cases.xml"));

    assertThat(counts).isEqualTo(new TestCounts(10, 6, 1, 1, 2));
  }

  @Test
  void junit_testCaseWithErrorAndFailure_countsAsErrored() {
    TestCounts counts =
        read("<testsuite><testcase name=\"a\"><failure/><error/><skipped/></testcase></testsuite>");

    assertThat(counts).isEqualTo(TestCounts.of(0, 0, 1, 0));
  }

  @Test
  void junit_emptySuite_countsNothing() {
    assertThat(read("<testsuites/>")).isEqualTo(TestCounts.NONE);
    assertThat(reader.readAll(List.of())).isEqualTo(TestCounts.NONE);
  }

  @Test
  void junit_otherRootElement_isRejected() {
    assertThatThrownBy(() -> reader.read(fixture("java-sample/jacoco.xml")))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("jacoco.xml")
        .hasMessageContaining("root element is <report>, but a JUnit XML report starts with");
  }

  @Test
  void junit_suiteDeclaringMoreOutcomesThanTests_isRejected() {
    assertThatThrownBy(() -> read("<testsuite tests=\"1\" failures=\"2\"/>"))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("<testsuite> at line 1 declares 1 tests");
  }

  @Test
  void junit_suiteWithCountsTooLarge_isRejected() {
    long max = Long.MAX_VALUE;
    assertThatThrownBy(
            () -> read("<testsuite tests=\"0\" failures=\"" + max + "\" errors=\"" + max + "\"/>"))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("too large to add up");
    assertThatThrownBy(() -> read("<testsuite tests=\"" + max + "\"/>"))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("more than can be counted");
  }

  @Test
  void junit_suiteWithTextForACount_isRejected() {
    assertThatThrownBy(() -> read("<testsuite tests=\"many\"/>"))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("tests=\"many\", which is not a whole number");
  }

  private TestCounts read(String xml) {
    return reader.read(
        "TEST-sample.xml", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
