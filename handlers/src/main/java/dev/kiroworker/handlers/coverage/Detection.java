package dev.kiroworker.handlers.coverage;

import dev.kiroworker.handlers.errors.PermanentException;

/** What the first bytes of a file say it is: a coverage format, or something else described. */
sealed interface Detection {

  /** The content is a coverage report of this format. */
  record Known(CoverageFormat format) implements Detection {}

  /**
   * The content is not a coverage report the worker reads.
   *
   * @param description what was found instead, in words, e.g. "XML whose root element is
   *     &lt;testsuite&gt; (a JUnit test report)"
   */
  record Unknown(String description) implements Detection {}

  /** The format, or a permanent failure that names what was found instead. */
  default CoverageFormat requireFormat(String source) {
    return switch (this) {
      case Known known -> known.format();
      case Unknown unknown ->
          throw new PermanentException(
              source
                  + " is not a coverage report this worker reads: it is "
                  + unknown.description()
                  + ". Write one of: JaCoCo XML, Cobertura XML, LCOV, Istanbul"
                  + " coverage-summary.json (json-summary reporter) or Clover XML.");
    };
  }
}
