package dev.kiroworker.handlers.pullrequest;

import java.util.Locale;

/** What a caught error means for the person reading the comment: what they should do about it. */
enum FailureKind {
  /** The build or the agent ran out of time. */
  TIMEOUT,
  /** A {@code PermanentException}: a token, permission or configuration problem to fix. */
  PERMANENT,
  /** Anything else: a step failed in a way a retry may fix. */
  INFRASTRUCTURE;

  /** The kind of error {@code error} (an exception class name or a {@code States.*} name). */
  static FailureKind of(String error) {
    String name = error == null ? "" : error;
    if (name.toLowerCase(Locale.ROOT).contains("timeout")) {
      return TIMEOUT;
    }
    return name.endsWith("PermanentException") ? PERMANENT : INFRASTRUCTURE;
  }
}
