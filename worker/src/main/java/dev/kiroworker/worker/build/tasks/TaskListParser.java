package dev.kiroworker.worker.build.tasks;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code tasks.md} into a {@link TaskList}: checkbox items nest by indentation, other lines
 * under an item are its details. Problems are collected for the whole file, then reported at once.
 */
public final class TaskListParser {

  private final List<TaskDraft> roots = new ArrayList<>();
  private final Deque<TaskDraft> open = new ArrayDeque<>();
  private final Map<String, Integer> idLines = new HashMap<>();
  private final List<String> problems = new ArrayList<>();
  private boolean inFence;

  private TaskListParser() {}

  /**
   * Parses the text of a {@code tasks.md}.
   *
   * @throws TasksMdException when the text is over 1 MiB or has malformed checkbox items
   */
  public static TaskList parse(String text) {
    SourceLines lines = SourceLines.of(text);
    TaskListParser parser = new TaskListParser();
    for (int number = 1; number <= lines.count(); number++) {
      parser.accept(number, lines.line(number));
    }
    if (!parser.problems.isEmpty()) {
      throw new TasksMdException("tasks.md has malformed task lines", parser.problems);
    }
    return new TaskList(parser.roots.stream().map(TaskDraft::build).toList());
  }

  private void accept(int number, String line) {
    if (inFence) {
      inFence = !isFence(line);
      addDetail(line);
      return;
    }
    if (line.isBlank()) {
      return;
    }
    Optional<TaskLine> item = TaskLine.read(line);
    closeTasksNotIndentedLessThan(item.map(TaskLine::indent).orElse(TaskLine.indentOf(line)));
    if (item.isPresent()) {
      startTask(number, item.get());
    } else {
      inFence = isFence(line);
      addDetail(line);
    }
  }

  private void startTask(int number, TaskLine item) {
    Optional<TaskState> state = TaskState.ofMark(item.mark());
    if (state.isEmpty()) {
      problems.add(
          "line %d: unknown checkbox mark [%s]; use [ ] (open), [x] (done) or [-] (in progress)"
              .formatted(number, item.mark()));
    }
    if (item.title().isEmpty()) {
      problems.add("line %d: task without a title; write one after the checkbox".formatted(number));
    }
    if (!item.id().isEmpty()) {
      Integer first = idLines.putIfAbsent(item.id(), number);
      if (first != null) {
        problems.add(
            "line %d: task id %s is already used on line %d; number each task once"
                .formatted(number, item.id(), first));
      }
    }
    TaskDraft draft = new TaskDraft(item, state.orElse(TaskState.OPEN), open.size(), number);
    if (open.isEmpty()) {
      roots.add(draft);
    } else {
      open.peek().children.add(draft);
    }
    open.push(draft);
  }

  // A line no deeper than a task ends that task: it belongs to an outer task, or to none.
  private void closeTasksNotIndentedLessThan(int indent) {
    while (!open.isEmpty() && open.peek().item.indent() >= indent) {
      open.pop();
    }
  }

  private void addDetail(String line) {
    if (!open.isEmpty() && !line.isBlank()) {
      open.peek().details.add(line.strip());
    }
  }

  // A checkbox inside a fenced code block is an example, not a task.
  private static boolean isFence(String line) {
    String stripped = line.strip();
    return stripped.startsWith("```") || stripped.startsWith("~~~");
  }

  /** A task being read: its details and children grow until a later line closes it. */
  private static final class TaskDraft {
    private final TaskLine item;
    private final TaskState state;
    private final int depth;
    private final int line;
    private final List<String> details = new ArrayList<>();
    private final List<TaskDraft> children = new ArrayList<>();

    TaskDraft(TaskLine item, TaskState state, int depth, int line) {
      this.item = item;
      this.state = state;
      this.depth = depth;
      this.line = line;
    }

    Task build() {
      return new Task(
          item.id(),
          item.title(),
          state,
          item.optional(),
          depth,
          line,
          details,
          children.stream().map(TaskDraft::build).toList());
    }
  }
}
