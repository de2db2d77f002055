package dev.kiroworker.handlers.coverage;

import dev.kiroworker.handlers.errors.PermanentException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Objects;

/**
 * Reads JUnit XML test reports (Maven Surefire, Gradle, Node's test runner, pytest, jest-junit):
 * one {@code <testsuite>}, or several wrapped in {@code <testsuites>}, in one or more files.
 *
 * <p>Each {@code <testcase>} is counted by what it holds: {@code <error>}, {@code <failure>},
 * {@code <skipped>} or nothing (passed). Suite attributes are not summed, because wrappers and
 * nested suites repeat their children's totals and Node's runner puts test cases straight under
 * {@code <testsuites>}; only a suite that lists no test cases is taken at its attributes' word.
 */
public final class TestReportReader {

  private final ReportLimits limits;

  /** A reader with the {@link ReportLimits#defaults() default limits}. */
  public TestReportReader() {
    this(ReportLimits.defaults());
  }

  public TestReportReader(ReportLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** Reads and sums several report files, e.g. Surefire's one-per-test-class files. */
  public TestCounts readAll(Collection<Path> files) {
    TestCounts sum = TestCounts.NONE;
    for (Path file : files) {
      sum = sum.plus(read(file));
    }
    return sum;
  }

  /**
   * Reads one report file.
   *
   * @throws PermanentException if the file is missing, over the size limit, hostile, malformed or
   *     not a JUnit report
   */
  public TestCounts read(Path file) {
    return ReportFiles.read(file, limits, "Test report", this::read);
  }

  /**
   * Reads one report from a stream; the caller closes it.
   *
   * @param source names the report in error messages, e.g. its path or s3:// URI
   */
  public TestCounts read(String source, InputStream in) {
    var tally = new JUnitTally(source);
    try {
      SecureXml.read(new LimitedInputStream(in, limits.maxBytes()), source, tally);
      return tally.counts();
    } catch (ArithmeticException e) {
      throw ReportProblem.malformed(source, "its counts are too large to add up");
    }
  }
}
