package dev.kiroworker.worker.build.implement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.handlers.scrub.SecretScrubber;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImplementReportTest {

  @TempDir Path folder;

  @Test
  void headline_andExitCode_followTheStopReasonAndCommits() {
    TaskRun failedWithWork = new TaskRun("2", "Two", TaskOutcome.FAILED, 3, "abc");
    ImplementReport report =
        new ImplementReport(
            "kiro-cli",
            new PreflightResult(true, 0, null),
            List.of(new TaskRun("1", "One", TaskOutcome.COMPLETED, 5, "def"), failedWithWork),
            1,
            StopReason.AGENT_FAILED,
            "000",
            "the agent exited 2");

    assertThat(report.headline())
        .isEqualTo("implement: AGENT_FAILED; completed 1; 1 open task left; the agent exited 2");
    assertThat(report.committed()).isTrue();
    assertThat(report.exitCode()).isZero();
    assertThat(report.toJson().get("partial").asBoolean()).isTrue();
    assertThat(report.toJson().at("/tasks/1/commitSha").asText()).isEqualTo("abc");
  }

  @Test
  void stopReasons_failuresAreTheAgentsNotTheLimits() {
    assertThat(List.of(StopReason.values()).stream().filter(StopReason::isFailure))
        .containsExactly(
            StopReason.PREFLIGHT_FAILED,
            StopReason.AGENT_FAILED,
            StopReason.NO_CHANGE,
            StopReason.TIMED_OUT);
  }

  @Test
  void preflightTail_keepsTheEndOfLongOutputOnOneLine() {
    String tail = Preflight.tail("first\n" + "y".repeat(400) + "\nlast\n");

    assertThat(tail).startsWith(": ...").endsWith("y / last").doesNotContain("\n");
    assertThat(tail).hasSize(2 + 3 + Preflight.TAIL);
    assertThat(Preflight.tail("  \n")).isEmpty();
  }

  @Test
  void diffFile_whenLargerThanTheLimit_keepsTheEndWithANote() throws IOException {
    SpecClone clone = SpecClone.withTasks(folder.resolve("clone"), "tasks.md");
    String start = clone.head();
    clone.write("BIG.md", "line\n".repeat(200));
    clone.git("add", "BIG.md");
    clone.git("commit", "-q", "-m", "big");
    Path diff = folder.resolve("out/diff.patch");

    DiffFile.write(clone.folder(), start, diff, SecretScrubber.patternsOnly(), 100);

    assertThat(Files.readString(diff))
        .startsWith("# diff.patch was cut: the changes are larger than 100 characters")
        .endsWith("+line\n");
  }

  @Test
  void diffFile_whenStartIsUnknown_failsWithGitsExitCode() {
    SpecClone clone = SpecClone.withTasks(folder.resolve("clone"), "tasks.md");

    assertThatThrownBy(
            () ->
                DiffFile.write(
                    clone.folder(),
                    "0".repeat(40),
                    folder.resolve("diff.patch"),
                    SecretScrubber.patternsOnly(),
                    DiffFile.LIMIT))
        .hasMessageStartingWith("Cannot write the diff (git exited 128)");
  }

  @Test
  void tasksFile_whenSpecFolderLinksOutsideTheClone_refusesToReadOrWrite() throws IOException {
    SpecClone clone = SpecClone.withTasks(folder.resolve("clone"), "tasks.md");
    Path outside = Files.createDirectories(folder.resolve("outside"));
    Files.writeString(outside.resolve("tasks.md"), "- [ ] 1. Elsewhere\n");
    Files.createDirectories(clone.folder().resolve(".kiro/specs"));
    Files.createSymbolicLink(clone.folder().resolve(".kiro/specs/linked"), outside);
    TasksFile tasks = new TasksFile(clone.folder(), ".kiro/specs/linked");

    assertThatThrownBy(tasks::read).hasMessageContaining("is not a file in the clone");
    assertThatThrownBy(() -> tasks.write("- [x] 1. Elsewhere\n"))
        .hasMessageContaining("points outside the clone");
    assertThat(outside.resolve("tasks.md")).hasContent("- [ ] 1. Elsewhere");
  }
}
