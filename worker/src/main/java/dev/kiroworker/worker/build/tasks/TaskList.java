package dev.kiroworker.worker.build.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tasks of one {@code tasks.md}, top-level tasks first with their sub-tasks inside.
 *
 * <p>Only leaf tasks are run; a parent is closed by the tick of its last required sub-task.
 */
public record TaskList(List<Task> tasks) {

  /** Copies the list. */
  public TaskList {
    tasks = List.copyOf(tasks);
  }

  /** Every task, parents before their sub-tasks, in document order. */
  public List<Task> all() {
    List<Task> all = new ArrayList<>();
    tasks.forEach(task -> collect(task, all));
    return List.copyOf(all);
  }

  /**
   * The tasks to run, in document order: leaf tasks marked {@code [ ]} that are not optional and
   * have no optional ancestor. A parent's own mark does not matter: Kiro marks a parent {@code [-]}
   * while its sub-tasks run.
   */
  public List<Task> openTasks() {
    List<Task> open = new ArrayList<>();
    tasks.forEach(task -> collectOpen(task, open));
    return List.copyOf(open);
  }

  /** The first {@code limit} of {@link #openTasks()}; fewer when fewer are open. */
  public List<Task> next(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was: " + limit);
    }
    List<Task> open = openTasks();
    return open.subList(0, Math.min(limit, open.size()));
  }

  /** The task with this id, if any. */
  public Optional<Task> find(String id) {
    return all().stream().filter(task -> task.id().equals(id)).findFirst();
  }

  /** The parents of {@code task}, nearest first; empty for a top-level task or a stranger. */
  public List<Task> ancestorsOf(Task task) {
    List<Task> path = new ArrayList<>();
    for (Task root : tasks) {
      if (pathTo(root, task, path)) {
        return List.copyOf(path.reversed());
      }
    }
    return List.of();
  }

  private static void collect(Task task, List<Task> into) {
    into.add(task);
    task.children().forEach(child -> collect(child, into));
  }

  private static void collectOpen(Task task, List<Task> into) {
    if (task.optional()) {
      return;
    }
    if (task.isLeaf() && task.state() == TaskState.OPEN) {
      into.add(task);
    }
    task.children().forEach(child -> collectOpen(child, into));
  }

  // Fills path with the ancestors of target under node, outermost first.
  private static boolean pathTo(Task node, Task target, List<Task> path) {
    for (Task child : node.children()) {
      path.add(node);
      if (child.equals(target) || pathTo(child, target, path)) {
        return true;
      }
      path.removeLast();
    }
    return false;
  }
}
