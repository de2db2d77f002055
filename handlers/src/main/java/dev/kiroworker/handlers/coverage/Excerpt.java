package dev.kiroworker.handlers.coverage;

/**
 * A short, printable excerpt of report content for an error message: content comes from the build,
 * so it is cut short and stripped of control characters before it reaches logs and PR comments.
 */
final class Excerpt {

  static final int MAX_LENGTH = 40;

  private Excerpt() {}

  static String of(String text) {
    return of(text, MAX_LENGTH);
  }

  static String of(String text, int maxLength) {
    StringBuilder excerpt = new StringBuilder();
    for (int i = 0; i < text.length() && excerpt.length() < maxLength; i++) {
      char c = text.charAt(i);
      excerpt.append(Character.isISOControl(c) ? ' ' : c);
    }
    return text.length() > maxLength ? excerpt + "..." : excerpt.toString();
  }
}
