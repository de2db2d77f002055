package dev.kiroworker.statemachine.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownDiagramTest {

  private static final String SMALL_DIAGRAM = DiagramFixtures.diagramOf("end-states");

  @Test
  void extract_returnsTheSourceAndTheTextInsideTheFence() {
    GeneratedBlock block = MarkdownDiagram.extract(DiagramFixtures.text("docs/fresh.md"));

    assertThat(block.source()).isEqualTo("diagram/docs/small.asl.json");
    assertThat(block.diagram()).isEqualTo(SMALL_DIAGRAM);
  }

  @Test
  void extract_emptyBlock_returnsAnEmptyDiagram() {
    GeneratedBlock block = MarkdownDiagram.extract(DiagramFixtures.text("docs/empty-block.md"));

    assertThat(block.diagram()).isEmpty();
  }

  @Test
  void replace_fillsTheBlockAndKeepsEverythingAroundIt() {
    String markdown = DiagramFixtures.text("docs/empty-block.md");

    String replaced = MarkdownDiagram.replace(markdown, SMALL_DIAGRAM);

    assertThat(replaced).isEqualTo(DiagramFixtures.text("docs/fresh.md"));
  }

  @Test
  void replace_overwritesAnOldDiagram_andAgainChangesNothing() {
    String once = MarkdownDiagram.replace(DiagramFixtures.text("docs/stale.md"), SMALL_DIAGRAM);

    assertThat(once).isEqualTo(DiagramFixtures.text("docs/fresh.md"));
    assertThat(MarkdownDiagram.replace(once, SMALL_DIAGRAM)).isEqualTo(once);
  }

  @Test
  void beginMarker_isTheLineExtractReads() {
    String markdown =
        MarkdownDiagram.beginMarker("a/b.asl.json") + "\n" + MarkdownDiagram.END_MARKER + "\n";

    assertThat(MarkdownDiagram.extract(markdown).source()).isEqualTo("a/b.asl.json");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = "=>",
      quoteCharacter = '^',
      textBlock =
          """
          no markers                    => # Title\\ntext\\n                                     => no BEGIN marker; add the line <!-- BEGIN GENERATED DIAGRAM: <definition path> -->
          two BEGIN markers             => <!-- BEGIN GENERATED DIAGRAM: a.json -->\\n<!-- BEGIN GENERATED DIAGRAM: b.json -->\\n<!-- END GENERATED DIAGRAM --> => 2 BEGIN markers (lines 1, 2); a file holds one generated diagram
          BEGIN without source          => <!-- BEGIN GENERATED DIAGRAM -->\\n<!-- END GENERATED DIAGRAM -->   => line 1: the BEGIN marker must read <!-- BEGIN GENERATED DIAGRAM: <definition path> -->
          no END marker                 => x\\n<!-- BEGIN GENERATED DIAGRAM: a.json -->\\ny                  => no END markers; the BEGIN marker on line 2 needs exactly one <!-- END GENERATED DIAGRAM --> after it
          two END markers               => <!-- BEGIN GENERATED DIAGRAM: a.json -->\\n<!-- END GENERATED DIAGRAM -->\\n<!-- END GENERATED DIAGRAM --> => 2 END markers (lines 2, 3)
          END before BEGIN              => <!-- END GENERATED DIAGRAM -->\\n<!-- BEGIN GENERATED DIAGRAM: a.json --> => line 1: the END marker must read <!-- END GENERATED DIAGRAM --> and come after the BEGIN marker on line 2
          misspelt END                  => <!-- BEGIN GENERATED DIAGRAM: a.json -->\\n<!-- END GENERATED DIAGRAM --\\n => line 2: the END marker must read
          """)
  void extractAndReplace_badMarkers_throwSayingWhatToFix(
      String what, String escapedMarkdown, String message) {
    String markdown = escapedMarkdown.replace("\\n", "\n");

    assertThatThrownBy(() -> MarkdownDiagram.extract(markdown))
        .isInstanceOf(MarkdownDiagramException.class)
        .hasMessageContaining(message);
    assertThatThrownBy(() -> MarkdownDiagram.replace(markdown, SMALL_DIAGRAM))
        .isInstanceOf(MarkdownDiagramException.class)
        .hasMessageContaining(message);
  }

  @Test
  void extract_blockWithoutAMermaidFence_throws() {
    String markdown =
        """
        <!-- BEGIN GENERATED DIAGRAM: a.json -->
        a hand-drawn diagram
        <!-- END GENERATED DIAGRAM -->
        """;

    assertThatThrownBy(() -> MarkdownDiagram.extract(markdown))
        .isInstanceOf(MarkdownDiagramException.class)
        .hasMessage(
            "lines 2 to 2, between the markers, must hold one ```mermaid code block;"
                + " regenerate them with --update-markdown");
    assertThat(MarkdownDiagram.replace(markdown, SMALL_DIAGRAM)).contains("```mermaid\n");
  }
}
