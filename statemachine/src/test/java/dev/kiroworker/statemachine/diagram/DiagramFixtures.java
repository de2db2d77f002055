package dev.kiroworker.statemachine.diagram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/** The definitions, diagrams and Markdown files under {@code src/test/resources/diagram/}. */
final class DiagramFixtures {

  private DiagramFixtures() {}

  static Path path(String name) {
    URL url = DiagramFixtures.class.getResource("/diagram/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no fixture diagram/" + name + " in src/test/resources");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static String text(String name) {
    try {
      return Files.readString(path(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The diagram of {@code golden/<name>.asl.json}. */
  static String diagramOf(String name) {
    return MermaidDiagram.of(text("golden/" + name + ".asl.json"));
  }
}
