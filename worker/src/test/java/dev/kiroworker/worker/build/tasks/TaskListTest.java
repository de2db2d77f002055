package dev.kiroworker.worker.build.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TaskListTest {

  private final TaskList nested = TaskListParser.parse(TasksFixtures.text("nested.md"));

  @Test
  void openTasks_areOpenRequiredLeavesInDocumentOrder() {
    assertThat(nested.openTasks()).extracting(Task::id).containsExactly("1.2.2", "2.1", "2.2");
  }

  @Test
  void openTasks_skipDoneInProgressAndOptionalTasks() {
    TaskList mixed = TaskListParser.parse(TasksFixtures.text("mixed.md"));

    assertThat(mixed.openTasks())
        .extracting(Task::label)
        .containsExactly(
            "3 Plus bullet, no trailing dot on the id",
            "Task without an id",
            "6 After a heading",
            "7 With an example");
  }

  @Test
  void openTasks_skipChildrenOfAnOptionalParent() {
    TaskList list =
        TaskListParser.parse("- [ ]* 1. Optional tests\n  - [ ] 1.1 Unit\n- [ ] 2. Real\n");

    assertThat(list.openTasks()).extracting(Task::id).containsExactly("2");
  }

  @Test
  void next_returnsAtMostTheLimit() {
    assertThat(nested.next(2)).extracting(Task::id).containsExactly("1.2.2", "2.1");
    assertThat(nested.next(10)).hasSize(3);
  }

  @Test
  void next_belowOne_isRefused() {
    assertThatThrownBy(() -> nested.next(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be at least 1, was: 0");
  }

  @Test
  void all_listsParentsBeforeChildren() {
    assertThat(nested.all())
        .extracting(Task::id)
        .containsExactly("1", "1.1", "1.2", "1.2.1", "1.2.2", "1.3", "2", "2.1", "2.2");
  }

  @Test
  void ancestorsOf_listsNearestFirst() {
    Task query = nested.find("1.2.2").orElseThrow();

    assertThat(nested.ancestorsOf(query)).extracting(Task::id).containsExactly("1.2", "1");
    assertThat(nested.ancestorsOf(nested.find("2").orElseThrow())).isEmpty();
  }

  @Test
  void ancestorsOf_aTaskFromAnotherList_isEmpty() {
    Task stranger = new Task("9", "Elsewhere", TaskState.OPEN, false, 0, 1, List.of(), List.of());

    assertThat(nested.ancestorsOf(stranger)).isEmpty();
  }

  @Test
  void find_unknownId_isEmpty() {
    assertThat(nested.find("7.7")).isEmpty();
  }
}
