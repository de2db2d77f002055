package dev.kiroworker.handlers.coverage;

import dev.kiroworker.handlers.errors.PermanentException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads a coverage report of any supported format, recognised by its content, within the size
 * limit.
 *
 * <pre>{@code
 * CoverageReport report = new CoverageReportReader().read(Path.of("target/site/jacoco/jacoco.xml"));
 * }</pre>
 */
public final class CoverageReportReader {

  private final ReportLimits limits;

  /** A reader with the {@link ReportLimits#defaults() default limits}. */
  public CoverageReportReader() {
    this(ReportLimits.defaults());
  }

  public CoverageReportReader(ReportLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * Reads a report file, detecting its format.
   *
   * @throws PermanentException if the file is missing, over the size limit, of no supported format,
   *     hostile or malformed
   */
  public CoverageReport read(Path file) {
    return ReportFiles.read(file, limits, "Coverage report", this::read);
  }

  /**
   * Reads a report from a stream, detecting its format; the caller closes the stream.
   *
   * @param source names the report in error messages, e.g. its path or s3:// URI
   */
  public CoverageReport read(String source, InputStream in) {
    BufferedInputStream buffered = limited(in);
    CoverageFormat format =
        FormatDetector.detect(head(buffered, source), source).requireFormat(source);
    return parse(format, buffered, source);
  }

  /** Reads a report whose format the caller already knows; the caller closes the stream. */
  public CoverageReport read(String source, InputStream in, CoverageFormat format) {
    return parse(format, limited(in), source);
  }

  /**
   * The format of a report's content, from its first bytes.
   *
   * @throws PermanentException naming what was found, if it is no supported coverage format
   */
  public CoverageFormat detect(String source, InputStream in) {
    return FormatDetector.detect(head(limited(in), source), source).requireFormat(source);
  }

  private CoverageReport parse(CoverageFormat format, InputStream in, String source) {
    CoverageParser parser =
        switch (format) {
          case JACOCO -> new JacocoParser();
          case COBERTURA -> new CoberturaParser();
          case LCOV -> new LcovParser();
          case ISTANBUL_SUMMARY -> new IstanbulSummaryParser();
          case CLOVER -> new CloverParser();
        };
    try {
      return parser.parse(in, source);
    } catch (ArithmeticException e) {
      throw ReportProblem.malformed(source, "its counts are too large to add up");
    }
  }

  private BufferedInputStream limited(InputStream in) {
    return new BufferedInputStream(new LimitedInputStream(in, limits.maxBytes()));
  }

  // Reads the head and rewinds, so the parser then sees the whole file from its first byte.
  private static byte[] head(BufferedInputStream in, String source) {
    try {
      in.mark(FormatDetector.HEAD_BYTES);
      byte[] head = in.readNBytes(FormatDetector.HEAD_BYTES);
      in.reset();
      return head;
    } catch (IOException e) {
      throw ReportProblem.fromIo(source, e);
    }
  }
}
