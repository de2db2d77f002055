package dev.kiroworker.handlers.coverage;

/**
 * Bounds on the reports the worker agrees to read, so a hostile or runaway file cannot exhaust the
 * Lambda's memory or time.
 *
 * @param maxBytes the largest report file, in bytes, of any format
 */
public record ReportLimits(long maxBytes) {

  /** 50 MiB: well above a real report of a large project, far below a Lambda's memory. */
  public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

  public ReportLimits {
    if (maxBytes < 1) {
      throw new IllegalArgumentException(
          "the report size limit must be at least 1 byte, got " + maxBytes);
    }
  }

  public static ReportLimits defaults() {
    return new ReportLimits(DEFAULT_MAX_BYTES);
  }
}
