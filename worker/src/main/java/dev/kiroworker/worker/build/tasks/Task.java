package dev.kiroworker.worker.build.tasks;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One checkbox item of {@code tasks.md}, with the text under it and its sub-tasks.
 *
 * @param id the number Kiro gives it ({@code "1"}, {@code "1.2"}), without a trailing dot; empty
 *     when the item has none
 * @param title the rest of the item's line, as written; text, never interpreted
 * @param state the checkbox mark
 * @param optional marked {@code [ ]*} (or {@code 1.2*}): Kiro's optional tasks, not run
 * @param depth 0 for a top-level task, 1 for its sub-tasks, and so on
 * @param line the 1-based line number of the checkbox
 * @param details the non-blank lines under the task that are not sub-tasks, trimmed
 * @param children the sub-tasks in document order
 */
public record Task(
    String id,
    String title,
    TaskState state,
    boolean optional,
    int depth,
    int line,
    List<String> details,
    List<Task> children) {

  private static final Pattern ID = Pattern.compile("(\\d+(\\.\\d+)*)?");

  /** Checks the values; the lists are copied. */
  public Task {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(state, "state");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("task id must be digits and dots, was: " + id);
    }
    if (title.isBlank() || title.contains("\n") || title.contains("\r")) {
      throw new IllegalArgumentException("task title must be one non-blank line, was: " + title);
    }
    if (depth < 0 || line < 1) {
      throw new IllegalArgumentException(
          "task depth must be >= 0 and line >= 1, were: %d, %d".formatted(depth, line));
    }
    details = List.copyOf(details);
    children = List.copyOf(children);
  }

  /** Whether the task has no sub-tasks, so that it is run rather than closed by its children. */
  public boolean isLeaf() {
    return children.isEmpty();
  }

  /** {@code "1.2 Title"}, or the title alone when the task has no id. */
  public String label() {
    return id.isEmpty() ? title : id + " " + title;
  }
}
