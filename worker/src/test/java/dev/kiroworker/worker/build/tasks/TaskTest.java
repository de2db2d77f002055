package dev.kiroworker.worker.build.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskTest {

  private static Task task(String id, String title, int depth, int line) {
    return new Task(id, title, TaskState.OPEN, false, depth, line, List.of(), List.of());
  }

  @Test
  void label_joinsIdAndTitle_orIsTheTitleAlone() {
    assertThat(task("1.2", "Do it", 0, 1).label()).isEqualTo("1.2 Do it");
    assertThat(task("", "Do it", 0, 1).label()).isEqualTo("Do it");
  }

  @Test
  void idWithANewline_isRefused() {
    assertThatThrownBy(() -> task("1\n2", "x", 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("digits and dots");
    assertThatThrownBy(() -> task("1.", "x", 0, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void titleThatIsBlankOrSpansLines_isRefused() {
    assertThatThrownBy(() -> task("1", " ", 0, 1)).hasMessageContaining("one non-blank line");
    assertThatThrownBy(() -> task("1", "a\nb", 0, 1)).hasMessageContaining("one non-blank line");
    assertThatThrownBy(() -> task("1", "a\rb", 0, 1)).hasMessageContaining("one non-blank line");
  }

  @Test
  void negativeDepthOrLineBelowOne_isRefused() {
    assertThatThrownBy(() -> task("1", "x", -1, 1)).hasMessageContaining("depth must be >= 0");
    assertThatThrownBy(() -> task("1", "x", 0, 0)).hasMessageContaining("line >= 1");
  }

  @Test
  void lists_areCopied() {
    List<String> details = new ArrayList<>(List.of("a"));
    Task task = new Task("1", "x", TaskState.OPEN, false, 0, 1, details, List.of());
    details.add("b");

    assertThat(task.details()).containsExactly("a");
    assertThat(task.isLeaf()).isTrue();
  }
}
