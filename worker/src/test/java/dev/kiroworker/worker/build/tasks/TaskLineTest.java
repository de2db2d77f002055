package dev.kiroworker.worker.build.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaskLineTest {

  @Test
  void read_findsTheMarkForTheTick() {
    TaskLine line = TaskLine.read("  * [X]* 3.1* Title").orElseThrow();

    assertThat(line.markIndex()).isEqualTo(5);
    assertThat(line.mark()).isEqualTo("X");
    assertThat(line.optional()).isTrue();
    assertThat(line.id()).isEqualTo("3.1");
    assertThat(line.indent()).isEqualTo(2);
  }

  @Test
  void read_bulletWithoutCheckbox_isNotATask() {
    assertThat(TaskLine.read("- _Requirements: 1.1_")).isEmpty();
    assertThat(TaskLine.read("-[ ] no space after the bullet")).isEmpty();
  }

  @Test
  void indentOf_countsSpacesAndTabsUpToTheText() {
    assertThat(TaskLine.indentOf("  \tx")).isEqualTo(6);
    assertThat(TaskLine.indentOf("   ")).isEqualTo(3);
    assertThat(TaskLine.indentOf("x")).isZero();
  }
}
