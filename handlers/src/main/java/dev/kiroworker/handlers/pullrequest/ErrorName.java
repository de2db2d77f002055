package dev.kiroworker.handlers.pullrequest;

/** An error name made safe to show inside a Markdown code span. */
final class ErrorName {

  private static final int MAX_LENGTH = 200;

  private ErrorName() {}

  /** {@code error} with anything but name characters replaced, cut to a sane length. */
  static String safe(String error) {
    if (error == null || error.isBlank()) {
      return "unknown error";
    }
    String safe = error.replaceAll("[^A-Za-z0-9._:$-]", "?");
    return safe.length() > MAX_LENGTH ? safe.substring(0, MAX_LENGTH) : safe;
  }
}
