package dev.kiroworker.statemachine.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.statemachine.InvalidDefinitionException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the diagram shows, one feature at a time; the golden files pin the whole text. */
class MermaidDiagramTest {

  @Test
  void of_drawsEachStateTypeWithItsOwnShape() {
    List<String> lines = DiagramFixtures.diagramOf("simple-states").lines().toList();

    assertThat(lines)
        .contains(
            "    start((\"Start\"))",
            "    Prepare(\"Prepare\")",
            "    Wait_a_bit{{\"Wait a bit\"}}",
            "    Do_the_work[\"Do the work\"]",
            "    finish(((\"End\")))");
    assertThat(DiagramFixtures.diagramOf("end-states"))
        .contains("    Check{\"Check\"}\n", "    All_good([\"All good\"])\n");
  }

  @Test
  void of_linksStartToStartAtAndEachNextInDefinitionOrder() {
    List<String> lines = DiagramFixtures.diagramOf("simple-states").lines().toList();

    assertThat(lines)
        .containsSubsequence(
            "    start --> Prepare",
            "    Prepare --> Wait_a_bit",
            "    Wait_a_bit --> Do_the_work",
            "    Do_the_work --> finish");
  }

  @Test
  void of_colorsSucceedGreenishAndFailReddish() {
    String diagram = DiagramFixtures.diagramOf("end-states");

    assertThat(diagram)
        .contains("classDef succeed fill:#dff3e4", "class All_good succeed\n")
        .contains("classDef fail fill:#fbe3e1", "class Broken fail\n");
    assertThat(DiagramFixtures.diagramOf("simple-states")).doesNotContain("classDef");
  }

  @Test
  void of_labelsChoiceRulesWithTheirConditionAndDefaultWithDefault() {
    String diagram = DiagramFixtures.diagramOf("end-states");

    assertThat(diagram)
        .contains("    Check -->|\"$.ok == true\"| All_good\n")
        .contains("    Check -->|\"default\"| Broken\n");
  }

  @Test
  void of_drawsCatchesDashedAndLabelledWithShortErrorNames() {
    String diagram = DiagramFixtures.diagramOf("catch");

    assertThat(diagram)
        .contains("    Call -.->|\"PermanentException\"| Handle\n")
        .contains("    Call -.->|\"States.Timeout, Lambda.ServiceException\"| Handle\n")
        .contains("    Call -.->|\"any error\"| Handle\n")
        .doesNotContain("dev.kiroworker");
  }

  @Test
  void of_drawsParallelAsSubgraphWithOneSubgraphPerBranch() {
    String diagram = DiagramFixtures.diagramOf("parallel");

    assertThat(diagram)
        .contains(
            """
                subgraph Checks ["Checks"]
                    subgraph Checks_branch_1 ["branch 1"]
                        Checks_branch_1_start(("start"))
                        Lint["Lint"]
                        Checks_branch_1_end((("end")))
                    end
            """)
        .contains("    Checks --> Done\n", "    Checks -.->|\"any error\"| Checks_failed\n");
  }

  @Test
  void of_drawsMapItemProcessorInsideItsSubgraph_andTheLegacyIteratorToo() {
    String diagram = DiagramFixtures.diagramOf("map");

    assertThat(diagram)
        .contains(
            """
                subgraph Each_file ["Each file"]
                    Each_file_start(("each item"))
                    Format["Format"]
                    subgraph Both ["Both"]
            """)
        .contains(
            """
                subgraph Legacy_iterator ["Legacy iterator"]
                    Legacy_iterator_start(("each item"))
                    Touch("Touch")
            """);
  }

  @Test
  void of_writesEveryEdgeAfterEveryNode() {
    List<String> lines = DiagramFixtures.diagramOf("map").lines().toList();

    int lastNode = lines.lastIndexOf("    end");
    int firstEdge = lines.indexOf("    start --> Each_file");
    assertThat(firstEdge).isGreaterThan(lastNode);
  }

  @Test
  void of_quotesAndEscapesNamesAndKeepsIdsUnique() {
    String diagram = DiagramFixtures.diagramOf("names");

    assertThat(diagram)
        .contains("    start(\"start\")\n", "    start_2((\"Start\"))\n")
        .contains("    Say_hi_politely(\"Say #quot;hi#quot; (politely)?\")\n")
        .contains("    Say_hi_politely_2(\"Say hi politely\")\n")
        .contains("    s_end(\"end\")\n", "    state(\"???\")\n")
        .contains("    finish(\"finish\")\n", "    finish_2(((\"End\")))\n");
  }

  @Test
  void of_invalidDefinition_throwsListingEveryProblem() {
    assertThatThrownBy(
            () ->
                MermaidDiagram.of(
                    "{\"StartAt\":\"Missing\",\"States\":{\"A\":{\"Type\":\"Nope\"}}}"))
        .isInstanceOf(InvalidDefinitionException.class)
        .satisfies(
            e -> assertThat(((InvalidDefinitionException) e).problems()).hasSizeGreaterThan(1));
  }
}
