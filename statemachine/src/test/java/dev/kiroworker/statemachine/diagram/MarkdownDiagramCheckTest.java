package dev.kiroworker.statemachine.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The freshness check a documentation test uses, e.g. for {@code docs/workflow.md}, proven here on
 * a small definition and three Markdown files drawn from it: current, stale and not yet filled.
 */
class MarkdownDiagramCheckTest {

  private static final Path DEFINITION = DiagramFixtures.path("docs/small.asl.json");

  @Test
  void check_diagramMatchesTheDefinition_isUpToDate() {
    Path markdown = DiagramFixtures.path("docs/fresh.md");

    DiagramCheck check = MarkdownDiagram.check(markdown, DEFINITION);

    assertThat(check.upToDate()).isTrue();
    assertThat(check.message()).isEqualTo(markdown + "'s diagram is up to date with " + DEFINITION);
  }

  @Test
  void check_diagramMissingAnEdge_isOutOfDateAndSaysHowToRegenerate() {
    Path markdown = DiagramFixtures.path("docs/stale.md");

    DiagramCheck check = MarkdownDiagram.check(markdown, DEFINITION);

    assertThat(check.upToDate()).isFalse();
    assertThat(check.message())
        .isEqualTo(
            markdown
                + "'s diagram is out of date; run: kiro-worker sfn diagram --definition "
                + DEFINITION
                + " --update-markdown "
                + markdown);
  }

  @Test
  void check_crlfLineEndings_isStillUpToDate() {
    String markdown = DiagramFixtures.text("docs/fresh.md").replace("\n", "\r\n");

    DiagramCheck check =
        MarkdownDiagram.check(
            Path.of("fresh.md"), markdown, DEFINITION, DiagramFixtures.text("docs/small.asl.json"));

    assertThat(check.upToDate()).isTrue();
  }

  @Test
  void check_emptyBlock_isOutOfDate() {
    assertThat(MarkdownDiagram.check(DiagramFixtures.path("docs/empty-block.md"), DEFINITION))
        .extracting(DiagramCheck::upToDate)
        .isEqualTo(false);
  }

  @Test
  void check_definitionTheMarkerDoesNotName_throwsNamingBoth() {
    Path markdown = DiagramFixtures.path("docs/fresh.md");
    Path other = DiagramFixtures.path("golden/end-states.asl.json");

    assertThatThrownBy(() -> MarkdownDiagram.check(markdown, other))
        .isInstanceOf(MarkdownDiagramException.class)
        .hasMessageContaining("drawn from diagram/docs/small.asl.json (its BEGIN marker says so)")
        .hasMessageContaining("not from " + other);
  }

  @Test
  void check_relativePathEndingWithTheMarkersPath_isTheSameDefinition() {
    String markdown = DiagramFixtures.text("docs/fresh.md");
    Path fromElsewhere = Path.of("../statemachine/diagram/docs/small.asl.json");

    DiagramCheck check =
        MarkdownDiagram.check(
            Path.of("fresh.md"),
            markdown,
            fromElsewhere,
            DiagramFixtures.text("docs/small.asl.json"));

    assertThat(check.upToDate()).isTrue();
  }

  @Test
  void update_blockForThisDefinition_replacesItEvenWhenEditedByHand() {
    String markdown =
        DiagramFixtures.text("docs/stale.md").replace("flowchart TD", "a hand-made flowchart");

    String updated =
        MarkdownDiagram.update(
            Path.of("stale.md"), markdown, DEFINITION, DiagramFixtures.diagramOf("end-states"));

    assertThat(updated).isEqualTo(DiagramFixtures.text("docs/fresh.md"));
  }

  @Test
  void update_blockForAnotherDefinition_throwsAndWritesNothing() {
    String markdown = DiagramFixtures.text("docs/stale.md");
    Path other = Path.of("statemachine/other.asl.json");

    assertThatThrownBy(() -> MarkdownDiagram.update(Path.of("stale.md"), markdown, other, "x\n"))
        .isInstanceOf(MarkdownDiagramException.class)
        .hasMessage(
            "stale.md's diagram is drawn from diagram/docs/small.asl.json (its BEGIN marker says"
                + " so), not from statemachine/other.asl.json; give that definition, or change the"
                + " marker if the definition moved");
  }

  @Test
  void check_missingFile_throwsNamingIt() {
    Path missing = Path.of("no-such-doc.md");

    assertThatThrownBy(() -> MarkdownDiagram.check(missing, DEFINITION))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("cannot read no-such-doc.md");
  }
}
