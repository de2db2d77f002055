package dev.kiroworker.worker.build.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaskTickerTest {

  /** Each {@code tick/<name>.input.md} with its first open task ticked is {@code expected.md}. */
  @ParameterizedTest
  @ValueSource(strings = {"leaf", "last-child", "not-last-child", "crlf", "no-final-newline"})
  void tick_firstOpenTask_matchesTheGoldenFile(String name) {
    String input = TasksFixtures.text("tick/" + name + ".input.md");
    Task first = TaskListParser.parse(input).next(1).getFirst();

    String ticked = TaskTicker.tick(input, first);

    assertThat(ticked).isEqualTo(TasksFixtures.text("tick/" + name + ".expected.md"));
  }

  @Test
  void tick_doneTask_returnsTheSameText() {
    String input = TasksFixtures.text("flat.md");
    Task done = TaskListParser.parse(input).find("1").orElseThrow();

    assertThat(TaskTicker.tick(input, done)).isEqualTo(input);
  }

  @Test
  void tick_inProgressLeaf_marksItDone() {
    String input = "- [-] 1. Skipped\n";
    Task skipped = TaskListParser.parse(input).find("1").orElseThrow();

    assertThat(TaskTicker.tick(input, skipped)).isEqualTo("- [x] 1. Skipped\n");
  }

  @Test
  void tick_optionalChild_closesAParentWithNoOtherWork() {
    String input = "- [ ] 1. Tests\n  - [ ]* 1.1 Property tests\n";
    Task optional = TaskListParser.parse(input).find("1.1").orElseThrow();

    assertThat(TaskTicker.tick(input, optional))
        .isEqualTo("- [x] 1. Tests\n  - [x]* 1.1 Property tests\n");
  }

  @Test
  void tick_childUnderDoneParentAndOpenGrandparent_ticksUpward() {
    String input = "- [ ] 1. A\n  - [x] 1.1 B\n    - [ ] 1.1.1 C\n";
    Task leaf = TaskListParser.parse(input).find("1.1.1").orElseThrow();

    assertThat(TaskTicker.tick(input, leaf))
        .isEqualTo("- [x] 1. A\n  - [x] 1.1 B\n    - [x] 1.1.1 C\n");
  }

  @Test
  void tick_taskNoLongerOnItsLine_isRefused() {
    String input = TasksFixtures.text("flat.md");
    Task second = TaskListParser.parse(input).find("2").orElseThrow();
    String edited = "\n" + input;

    assertThatThrownBy(() -> TaskTicker.tick(edited, second))
        .isInstanceOf(TasksMdException.class)
        .hasMessageContaining("line 7: no longer holds task '2 Add the greeting service'");
  }

  @Test
  void tick_sameLineWithAnotherTitle_isRefused() {
    String input = "- [ ] 1. One\n";
    Task one = TaskListParser.parse(input).find("1").orElseThrow();

    assertThatThrownBy(() -> TaskTicker.tick("- [ ] 1. Other\n", one))
        .isInstanceOf(TasksMdException.class);
    assertThatThrownBy(() -> TaskTicker.tick("- [ ] 2. One\n", one))
        .isInstanceOf(TasksMdException.class);
  }

  @Test
  void tick_hostileTitle_changesOnlyTheCheckbox() {
    String input = TasksFixtures.text("hostile.md");
    Task first = TaskListParser.parse(input).find("1").orElseThrow();

    String ticked = TaskTicker.tick(input, first);

    assertThat(ticked).isEqualTo(input.replaceFirst("\\[ \\]", "[x]"));
  }
}
