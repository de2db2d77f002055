package dev.kiroworker.worker.build.tasks;

import java.util.regex.Pattern;

/** The conventional-commit subject for a task's commit: {@code feat(<spec>): <id> <title>}. */
public final class CommitMessage {

  /** Git tooling and GitHub cut a subject line beyond this. */
  static final int MAX_SUBJECT = 72;

  private static final Pattern SPEC_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
  // Control and format characters (e.g. ESC, NUL, bidi overrides) could hide or reorder text.
  private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private CommitMessage() {}

  /**
   * One line, at most {@value #MAX_SUBJECT} characters; the title is text with its control
   * characters removed and its whitespace collapsed, never interpreted.
   *
   * @throws IllegalArgumentException when {@code specName} is not a spec folder name
   */
  public static String forTask(String specName, Task task) {
    if (specName == null || !SPEC_NAME.matcher(specName).matches()) {
      throw new IllegalArgumentException(
          "spec name must match [a-z0-9][a-z0-9-]{0,63} (the folder under .kiro/specs/), was: "
              + specName);
    }
    String label =
        WHITESPACE.matcher(INVISIBLE.matcher(task.label()).replaceAll(" ")).replaceAll(" ");
    return cut("feat(%s): %s".formatted(specName, label.strip()));
  }

  private static String cut(String subject) {
    if (subject.length() <= MAX_SUBJECT) {
      return subject;
    }
    int end = MAX_SUBJECT;
    // Never split a surrogate pair: half an emoji is not valid UTF-8.
    if (Character.isLowSurrogate(subject.charAt(end))) {
      end--;
    }
    return subject.substring(0, end).stripTrailing();
  }
}
