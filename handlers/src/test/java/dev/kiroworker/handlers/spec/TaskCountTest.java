package dev.kiroworker.handlers.spec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaskCountTest {

  @Test
  void of_countsOpenAndDoneCheckboxes_nestedAndWithAnyBullet() {
    String tasks =
        """
        # Tasks

        - [x] 1. Table
          - [ ] 1.1 Migration
          * [X] 1.2 Index
        + [ ] 2. E-mail
        - [] not a checkbox
        Text mentioning - [ ] inline is not a task
        """;

    assertThat(TaskCount.of(tasks)).isEqualTo(new TaskCount(2, 2));
  }

  @Test
  void of_withoutCheckboxes_isZero() {
    assertThat(TaskCount.of("")).isEqualTo(new TaskCount(0, 0));
  }
}
