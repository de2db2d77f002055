package dev.kiroworker.worker.build.tasks;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of {@code tasks.md} read as a checkbox item.
 *
 * @param indent the columns before the bullet, a tab counting as four
 * @param markIndex where the checkbox mark is in the line, for the tick
 * @param mark the character between the brackets, as written
 * @param optional whether {@code *} follows the checkbox or the id
 * @param id the task number without its trailing dot, or empty
 * @param title the rest of the line, trimmed; may be empty (the parser reports it)
 */
record TaskLine(int indent, int markIndex, String mark, boolean optional, String id, String title) {

  static final int TAB_WIDTH = 4;

  // A bullet, then a checkbox holding at most one character; "- [link](url)" is not a checkbox.
  private static final Pattern CHECKBOX =
      Pattern.compile("^([ \\t]*)[-*+][ \\t]+\\[(.?)\\](\\*?)(?:[ \\t]+(.*))?$");
  private static final Pattern NUMBERED =
      Pattern.compile("^(\\d+(?:\\.\\d+)*)(\\*?)\\.?(?:[ \\t]+(.*))?$");

  /** The line as a checkbox item, empty when it is text or a plain bullet. */
  static Optional<TaskLine> read(String line) {
    Matcher checkbox = CHECKBOX.matcher(line);
    if (!checkbox.matches()) {
      return Optional.empty();
    }
    String rest = checkbox.group(4) == null ? "" : checkbox.group(4).strip();
    boolean starred = !checkbox.group(3).isEmpty();
    int indent = columns(checkbox.group(1));
    Matcher numbered = NUMBERED.matcher(rest);
    if (!numbered.matches()) {
      return Optional.of(
          new TaskLine(indent, checkbox.start(2), checkbox.group(2), starred, "", rest));
    }
    String title = numbered.group(3) == null ? "" : numbered.group(3).strip();
    boolean optional = starred || !numbered.group(2).isEmpty();
    return Optional.of(
        new TaskLine(
            indent, checkbox.start(2), checkbox.group(2), optional, numbered.group(1), title));
  }

  /** The columns of leading whitespace, a tab counting as {@link #TAB_WIDTH}. */
  static int indentOf(String line) {
    int columns = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ' ') {
        columns++;
      } else if (c == '\t') {
        columns += TAB_WIDTH;
      } else {
        break;
      }
    }
    return columns;
  }

  private static int columns(String whitespace) {
    return indentOf(whitespace + "x");
  }
}
