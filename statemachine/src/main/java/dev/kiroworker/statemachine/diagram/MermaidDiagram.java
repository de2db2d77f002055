package dev.kiroworker.statemachine.diagram;

import dev.kiroworker.statemachine.InvalidDefinitionException;
import dev.kiroworker.statemachine.StateMachine;
import dev.kiroworker.statemachine.json.Json;
import dev.kiroworker.statemachine.validation.Problem;
import java.util.List;

/**
 * Draws an Amazon States Language definition as a Mermaid {@code flowchart TD}: one node per state,
 * shaped by its type, Parallel and Map states as subgraphs, and an edge for every {@code Next},
 * choice rule, {@code Default}, {@code Catch} and {@code End}. The same definition always gives the
 * same text, so a generated diagram can be compared with a committed one.
 *
 * <pre>{@code
 * String mermaid = MermaidDiagram.of(Files.readString(Path.of("statemachine/work-item.asl.json")));
 * }</pre>
 *
 * <p>What is drawn, and how, is described in {@code docs/engine/diagram.md}.
 */
public final class MermaidDiagram {

  private MermaidDiagram() {}

  /**
   * The flowchart of a definition, ending with a newline.
   *
   * @throws InvalidDefinitionException listing every problem, when the definition would not run
   */
  public static String of(String definitionJson) {
    List<Problem> problems = StateMachine.validate(definitionJson);
    if (!problems.isEmpty()) {
      throw new InvalidDefinitionException(problems);
    }
    return Flowchart.of(Json.parse(definitionJson));
  }
}
