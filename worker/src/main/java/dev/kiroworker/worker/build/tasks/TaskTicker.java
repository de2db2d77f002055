package dev.kiroworker.worker.build.tasks;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Marks a task done in the text of {@code tasks.md}: its checkbox becomes {@code [x]}, and so does
 * each parent whose required sub-tasks are then all done. Nothing else changes, byte for byte.
 */
public final class TaskTicker {

  private TaskTicker() {}

  /**
   * Returns {@code text} with {@code task} ticked; the same text when it is already done.
   *
   * @throws TasksMdException when the text is not a valid task list or {@code task} is no longer on
   *     its line (the file changed since it was read)
   */
  public static String tick(String text, Task task) {
    TaskList list = TaskListParser.parse(text);
    Task current = onLine(list, task);
    Set<Task> done = new HashSet<>();
    done.add(current);
    for (Task parent : list.ancestorsOf(current)) {
      if (!parent.children().stream().allMatch(child -> isDone(child, done))) {
        break;
      }
      done.add(parent);
    }
    SourceLines lines = SourceLines.of(text);
    StringBuilder ticked = new StringBuilder(text);
    for (Task each : done) {
      if (each.state() != TaskState.DONE) {
        int mark = TaskLine.read(lines.line(each.line())).orElseThrow().markIndex();
        ticked.setCharAt(lines.start(each.line()) + mark, 'x');
      }
    }
    return ticked.toString();
  }

  // Optional sub-tasks do not hold their parent open: Kiro leaves them unticked.
  private static boolean isDone(Task child, Set<Task> done) {
    return child.optional() || child.state() == TaskState.DONE || done.contains(child);
  }

  private static Task onLine(TaskList list, Task task) {
    List<Task> matching =
        list.all().stream()
            .filter(t -> t.line() == task.line())
            .filter(t -> t.id().equals(task.id()) && t.title().equals(task.title()))
            .toList();
    if (matching.isEmpty()) {
      throw new TasksMdException(
          "cannot tick the task",
          List.of(
              "line %d: no longer holds task '%s'; tasks.md changed since it was read, read it again"
                  .formatted(task.line(), task.label())));
    }
    return matching.getFirst();
  }
}
