package dev.kiroworker.statemachine.diagram;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The generated-diagram block of a Markdown file.
 *
 * @param source the definition the BEGIN marker names, as written there (a path from the
 *     repository's root, by convention)
 * @param diagram the Mermaid text inside the block's code fence, ending with a newline; empty when
 *     the block is still empty
 */
public record GeneratedBlock(String source, String diagram) {

  public GeneratedBlock {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(diagram, "diagram");
  }

  /**
   * Whether {@code definition} is the file the marker names. The marker's path is relative to the
   * repository's root and the given one to wherever the caller runs, so a path that ends with the
   * marker's ({@code ../statemachine/x.asl.json} for {@code statemachine/x.asl.json}) matches.
   */
  public boolean isFrom(Path definition) {
    return definition.normalize().endsWith(Path.of(source).normalize());
  }
}
