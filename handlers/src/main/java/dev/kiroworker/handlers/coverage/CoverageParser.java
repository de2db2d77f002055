package dev.kiroworker.handlers.coverage;

import java.io.InputStream;

/** Reads the totals of one coverage format; the stream arrives already size-limited. */
interface CoverageParser {

  /**
   * Reads the whole report.
   *
   * @param source names the report in error messages (a path or an s3:// URI)
   * @throws dev.kiroworker.handlers.errors.PermanentException when the content is not a valid
   *     report of this format
   */
  CoverageReport parse(InputStream in, String source);
}
