package dev.kiroworker.worker.sfn;

import static dev.kiroworker.worker.sfn.Fixtures.file;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiroworker.worker.Invocation;
import dev.kiroworker.worker.cli.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SfnDiagramCommandTest {

  private static final String DEFINITION = file("diagram/lock.asl.json");
  private static final String DIAGRAM = Fixtures.text("diagram/lock.mmd");

  @TempDir Path dir;

  @Test
  void diagram_printsTheFlowchartOnStdout() {
    Invocation run = Invocation.of("sfn", "diagram", "--definition", DEFINITION);

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).isEqualTo(DIAGRAM);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void diagram_withOutput_writesTheFileAndPrintsNothing() throws IOException {
    Path output = dir.resolve("lock.mmd");

    Invocation run =
        Invocation.of("sfn", "diagram", "--definition", DEFINITION, "--output", output.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(Files.readString(output)).isEqualTo(DIAGRAM);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void diagram_updateMarkdown_fillsTheBlockAndKeepsTheRest() throws IOException {
    Path markdown = copy("diagram/lock-doc.md");

    Invocation run = update(markdown);

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.err()).isEqualTo("sfn diagram: updated the diagram in " + markdown + "\n");
    assertThat(Files.readString(markdown))
        .isEqualTo(
            Fixtures.text("diagram/lock-doc.md")
                .replace("-->\n<!-- END", "-->\n```mermaid\n" + DIAGRAM + "```\n<!-- END"));
  }

  @Test
  void diagram_updateMarkdownTwice_leavesTheFileAsTheFirstRunWroteIt() throws IOException {
    Path markdown = copy("diagram/lock-doc.md");
    update(markdown);
    String first = Files.readString(markdown);

    Invocation again = update(markdown);

    assertThat(again.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(again.err()).contains(markdown + "'s diagram is already up to date");
    assertThat(Files.readString(markdown)).isEqualTo(first);
  }

  @Test
  void diagram_checkMarkdown_afterUpdate_exitsZero() throws IOException {
    Path markdown = copy("diagram/lock-doc.md");
    update(markdown);

    Invocation run = check(markdown);

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.outLines())
        .containsExactly(markdown + "'s diagram is up to date with " + DEFINITION);
  }

  @Test
  void diagram_checkMarkdown_outOfDate_exitsOneSayingWhatToRun() throws IOException {
    Path markdown = copy("diagram/lock-doc.md");

    Invocation run = check(markdown);

    assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_SUCCEEDED);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            markdown
                + "'s diagram is out of date; run: kiro-worker sfn diagram --definition "
                + DEFINITION
                + " --update-markdown "
                + markdown
                + "\n");
    assertThat(Files.readString(markdown)).isEqualTo(Fixtures.text("diagram/lock-doc.md"));
  }

  @Test
  void diagram_markdownWithoutMarkers_exitsThreeNamingTheFile() throws IOException {
    Path markdown = copy("diagram/no-markers.md");

    Invocation run = update(markdown);

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.err())
        .startsWith("kiro-worker sfn diagram: " + markdown + ": no BEGIN marker; add the line");
    assertThat(Files.readString(markdown)).isEqualTo(Fixtures.text("diagram/no-markers.md"));
  }

  @Test
  void diagram_markdownForAnotherDefinition_exitsThreeAndWritesNothing() throws IOException {
    Path markdown = copy("diagram/other-source.md");

    Invocation update = update(markdown);
    Invocation check = check(markdown);

    for (Invocation run : new Invocation[] {update, check}) {
      assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
      assertThat(run.err())
          .startsWith(
              "kiro-worker sfn diagram: "
                  + markdown
                  + "'s diagram is drawn from statemachine/other.asl.json");
    }
    assertThat(Files.readString(markdown)).isEqualTo(Fixtures.text("diagram/other-source.md"));
  }

  @Test
  void diagram_invalidDefinition_exitsThreeListingTheProblems() {
    Invocation run =
        Invocation.of("sfn", "diagram", "--definition", file("not-an-object.asl.json"));

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("the definition " + file("not-an-object.asl.json") + " is invalid (1 problem)");
  }

  @Test
  void diagram_missingMarkdownFile_exitsThreeNamingIt() {
    Invocation run =
        Invocation.of(
            "sfn", "diagram", "--definition", DEFINITION, "--check-markdown", "no-such.md");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.err()).contains("cannot read the Markdown file no-such.md");
  }

  @Test
  void diagram_outputInMissingFolder_exitsThree() {
    String output = dir.resolve("no/such/folder/lock.mmd").toString();

    Invocation run =
        Invocation.of("sfn", "diagram", "--definition", DEFINITION, "--output", output);

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.err()).contains("cannot write the diagram to " + output);
  }

  @Test
  void diagram_twoDestinations_isUsageError() {
    Invocation run =
        Invocation.of(
            "sfn",
            "diagram",
            "--definition",
            DEFINITION,
            "--output",
            "a.mmd",
            "--check-markdown",
            "a.md");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err())
        .contains("--output, --update-markdown and --check-markdown exclude each other");
  }

  @Test
  void diagram_withoutDefinition_isUsageError() {
    Invocation run = Invocation.of("sfn", "diagram");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("Missing required option: '--definition=FILE'");
  }

  private Path copy(String fixture) throws IOException {
    return Files.copy(Fixtures.path(fixture), dir.resolve(Fixtures.path(fixture).getFileName()));
  }

  private static Invocation update(Path markdown) {
    return Invocation.of(
        "sfn", "diagram", "--definition", DEFINITION, "--update-markdown", markdown.toString());
  }

  private static Invocation check(Path markdown) {
    return Invocation.of(
        "sfn", "diagram", "--definition", DEFINITION, "--check-markdown", markdown.toString());
  }
}
