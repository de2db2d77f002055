package dev.kiroworker.statemachine.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each {@code golden/<name>.asl.json} is drawn exactly as {@code golden/<name>.mmd} says. After an
 * intended change to the drawing, review the new output and replace the {@code .mmd} files.
 */
class MermaidDiagramGoldenTest {

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(DiagramFixtures.path("golden"))) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".asl.json"))
          .map(name -> name.substring(0, name.length() - ".asl.json".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void of_drawsTheDefinitionAsItsGoldenFileSays(String name) {
    String expected = DiagramFixtures.text("golden/" + name + ".mmd");

    String diagram = DiagramFixtures.diagramOf(name);

    assertThat(diagram).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void of_givesTheSameTextEveryTime(String name) {
    assertThat(DiagramFixtures.diagramOf(name))
        .isEqualTo(DiagramFixtures.diagramOf(name))
        .startsWith("flowchart TD\n")
        .endsWith("\n");
  }
}
