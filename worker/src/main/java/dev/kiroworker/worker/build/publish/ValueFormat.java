package dev.kiroworker.worker.build.publish;

import java.util.regex.Pattern;

/**
 * The shapes an exported value may take. The buildspec sources the variables file into its shell,
 * so a value is written only when it matches one of these exactly: none of them can hold a space, a
 * quote, a {@code $} or a newline.
 */
enum ValueFormat {

  /** A whole number of things, such as tests or tasks. */
  COUNT("[0-9]{1,9}"),

  /** A percentage from 0 to 100 with at most two decimal places. */
  PERCENT("100(\\.0{1,2})?|[0-9]{1,2}(\\.[0-9]{1,2})?"),

  /** A full lower-case commit SHA-1. */
  SHA("[0-9a-f]{40}"),

  /** The coverage gate's outcome. */
  GATE("PASSED|FAILED|NOT_RUN"),

  /** A yes-or-no. */
  BOOLEAN("true|false");

  private final Pattern pattern;

  ValueFormat(String regex) {
    this.pattern = Pattern.compile(regex);
  }

  /** Whether {@code value} has this shape. */
  boolean accepts(String value) {
    return pattern.matcher(value).matches();
  }
}
