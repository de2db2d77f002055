package dev.kiroworker.handlers.spec;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The task checkboxes of a {@code tasks.md}: open ({@code - [ ]}) and done ({@code - [x]}), nested
 * sub-tasks and {@code *} or {@code +} bullets included.
 */
public record TaskCount(int open, int done) {

  private static final Pattern CHECKBOX =
      Pattern.compile("^[ \\t]*[-*+][ \\t]+\\[([ xX])\\]", Pattern.MULTILINE);

  /** Counts the checkboxes in {@code markdown}. */
  public static TaskCount of(String markdown) {
    Matcher matcher = CHECKBOX.matcher(markdown);
    int open = 0;
    int done = 0;
    while (matcher.find()) {
      if (matcher.group(1).isBlank()) {
        open++;
      } else {
        done++;
      }
    }
    return new TaskCount(open, done);
  }
}
