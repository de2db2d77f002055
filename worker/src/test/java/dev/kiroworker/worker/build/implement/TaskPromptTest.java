package dev.kiroworker.worker.build.implement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiroworker.worker.build.tasks.Task;
import dev.kiroworker.worker.build.tasks.TaskList;
import dev.kiroworker.worker.build.tasks.TaskListParser;
import dev.kiroworker.worker.build.tasks.TaskState;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskPromptTest {

  private static final String SPEC = ".kiro/specs/greeting-service";

  @Test
  void of_namesTheSpecFilesTheTaskAndTheRules() {
    TaskList list = TaskListParser.parse(SpecClone.resource("tasks.md"));

    String prompt = TaskPrompt.of(SPEC, list.find("2.1").orElseThrow());

    assertThat(prompt)
        .contains("the Kiro spec in .kiro/specs/greeting-service/")
        .contains(
            "Read .kiro/specs/greeting-service/requirements.md,"
                + " .kiro/specs/greeting-service/design.md and"
                + " .kiro/specs/greeting-service/tasks.md first.")
        .contains("Task 2.1: Write the greeter\n- Greets by name\n- _Requirements: 1.1_\n")
        .contains("- Implement only this task")
        .contains("- Keep the existing tests passing")
        .contains("- Do not commit")
        .contains(
            "- Do not edit .kiro/specs/greeting-service/tasks.md or anything under .kiro/steering/");
  }

  @Test
  void of_replacesControlCharactersAndCutsLongDetails() {
    String details = "x".repeat(TaskPrompt.MAX_DETAILS + 10);
    Task task =
        new Task(
            "",
            "Title\u0000with\u001b[31m escapes",
            TaskState.OPEN,
            false,
            0,
            1,
            List.of(details),
            List.of());

    String prompt = TaskPrompt.of(SPEC, task);

    assertThat(prompt).doesNotContain("\u0000").doesNotContain("\u001b");
    assertThat(prompt).contains("The task:\nTitle with [31m escapes\n");
    assertThat(prompt).contains("[the details are longer; read the rest in tasks.md]");
    assertThat(prompt.length()).isLessThan(TaskPrompt.MAX_DETAILS + 2000);
  }
}
