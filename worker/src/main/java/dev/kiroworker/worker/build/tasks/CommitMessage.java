package dev.kiroworker.worker.build.tasks;

import java.util.regex.Pattern;

/** The conventional-commit subject for a task's commit: {@code feat(<spec>): <id> <title>}. */
public final class CommitMessage {

  /** Git tooling and GitHub cut a subject line beyond this. */
  static final int MAX_SUBJECT = 72;

  private static final String PARTIAL = " (partial)";

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
    return cut("feat(%s): %s".formatted(checked(specName), label(task)), MAX_SUBJECT);
  }

  /**
   * The subject for work an agent left on a task it did not finish: {@code wip(<spec>): <id>
   * <title> (partial)}, the title cut first so that the {@value #PARTIAL} marker always shows.
   *
   * @throws IllegalArgumentException when {@code specName} is not a spec folder name
   */
  public static String forPartialTask(String specName, Task task) {
    String subject = "wip(%s): %s".formatted(checked(specName), label(task));
    return cut(subject, MAX_SUBJECT - PARTIAL.length()) + PARTIAL;
  }

  private static String checked(String specName) {
    if (specName == null || !SPEC_NAME.matcher(specName).matches()) {
      throw new IllegalArgumentException(
          "spec name must match [a-z0-9][a-z0-9-]{0,63} (the folder under .kiro/specs/), was: "
              + specName);
    }
    return specName;
  }

  private static String label(Task task) {
    return WHITESPACE
        .matcher(INVISIBLE.matcher(task.label()).replaceAll(" "))
        .replaceAll(" ")
        .strip();
  }

  private static String cut(String subject, int max) {
    if (subject.length() <= max) {
      return subject;
    }
    int end = max;
    // Never split a surrogate pair: half an emoji is not valid UTF-8.
    if (Character.isLowSurrogate(subject.charAt(end))) {
      end--;
    }
    return subject.substring(0, end).stripTrailing();
  }
}
