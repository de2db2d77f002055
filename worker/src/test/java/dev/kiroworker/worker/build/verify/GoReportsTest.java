package dev.kiroworker.worker.build.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.handlers.coverage.CoverageFormat;
import dev.kiroworker.handlers.coverage.CoverageReport;
import dev.kiroworker.handlers.coverage.CoverageReportReader;
import dev.kiroworker.handlers.coverage.TestCounts;
import dev.kiroworker.handlers.coverage.TestReportReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Go converters, read back with the same readers the quality gate uses. */
class GoReportsTest {

  private static final Path FIXTURES =
      Samples.repoRoot().resolve("worker/src/test/resources/verify/go");

  @TempDir Path scratch;

  @Test
  void convert_ofEventsAndProfile_writesJunitAndLcovTheGateReads() throws IOException {
    Files.copy(FIXTURES.resolve("test-events.jsonl"), scratch.resolve(GoReports.EVENTS_FILE));
    Files.copy(FIXTURES.resolve("cover.out"), scratch.resolve(GoReports.COVER_PROFILE));

    assertThat(GoReports.convert(scratch)).isEmpty();

    TestCounts tests = new TestReportReader().read(scratch.resolve(GoReports.JUNIT_FILE));
    assertThat(tests).isEqualTo(new TestCounts(6, 1, 2, 2, 1));
    CoverageReport coverage = new CoverageReportReader().read(scratch.resolve(GoReports.LCOV_FILE));
    assertThat(coverage.format()).isEqualTo(CoverageFormat.LCOV);
    assertThat(coverage.lines().covered()).isEqualTo(5);
    assertThat(coverage.lines().total()).isEqualTo(10);
    assertThat(coverage.branches()).isNull();
  }

  @Test
  void junit_keepsFailureOutputEscapedAndWithoutControlCharacters() throws IOException {
    StringWriter junit = new StringWriter();

    GoTestReport.convert(Files.newBufferedReader(FIXTURES.resolve("test-events.jsonl")), junit);

    assertThat(junit.toString())
        .contains("<testsuite name=\"example.com/shop/cart\" tests=\"5\" failures=\"2\"")
        .contains("got 1, want 0 ?[31m&lt;&amp;&gt;?[0m")
        .contains(
            "<testcase classname=\"example.com/shop/broken\" name=\"(package example.com/shop/broken)\"")
        .contains("<error message=\"did not finish\">panic: boom")
        .doesNotContain("example.com/shop/docs")
        .doesNotContain("\u001b");
  }

  @Test
  void junit_ofLongOutput_keepsItBounded() throws IOException {
    String chunk = "x".repeat(1000);
    StringBuilder events = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      events.append(
          "{\"Action\":\"output\",\"Package\":\"p\",\"Test\":\"TestLoud\",\"Output\":\""
              + chunk
              + "\"}\n");
    }
    events.append("{\"Action\":\"fail\",\"Package\":\"p\",\"Test\":\"TestLoud\"}\n");
    StringWriter junit = new StringWriter();

    GoTestReport.convert(new StringReader(events.toString()), junit);

    assertThat(junit.toString().length()).isBetween(64 * 1024, 70 * 1024);
  }

  @Test
  void convert_withNothingLeftByTheRun_writesNothing() {
    assertThat(GoReports.convert(scratch)).isEmpty();
    assertThat(scratch.resolve(GoReports.JUNIT_FILE)).doesNotExist();
    assertThat(scratch.resolve(GoReports.LCOV_FILE)).doesNotExist();
  }

  @Test
  void convert_ofProfileThatIsNotOne_returnsTheProblem() throws IOException {
    Files.writeString(scratch.resolve(GoReports.COVER_PROFILE), "<coverage/>\n");

    assertThat(GoReports.convert(scratch))
        .hasValueSatisfying(problem -> assertThat(problem).contains("first line is not 'mode:"));
  }

  @Test
  void coverProfile_ofMalformedBlocks_isRefusedWithTheLine() {
    assertThatThrownBy(() -> lcov("mode: set\na.go:1.1,2.2 1 1\nnot a block\n"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("line 3 is not a block");
    assertThatThrownBy(() -> lcov("mode: set\na.go:5.1,2.2 1 1\n"))
        .hasMessageContaining("line 2 has a bad range");
    assertThatThrownBy(() -> lcov("mode: set\na.go:1.1,999999.2 1 1\n"))
        .hasMessageContaining("line 2 has a bad range");
    assertThatThrownBy(() -> lcov("")).hasMessageContaining("not a Go cover profile");
  }

  @Test
  void coverProfile_inCountMode_keepsTheHighestCountPerLine() throws IOException {
    String lcov = lcov("mode: count\na.go:1.1,2.2 1 3\na.go:2.2,3.1 1 7\n");

    assertThat(lcov).isEqualTo("TN:\nSF:a.go\nDA:1,3\nDA:2,7\nDA:3,7\nLF:3\nLH:3\nend_of_record\n");
  }

  private static String lcov(String profile) throws IOException {
    StringWriter out = new StringWriter();
    GoCoverProfile.convert(new StringReader(profile), out);
    return out.toString();
  }
}
