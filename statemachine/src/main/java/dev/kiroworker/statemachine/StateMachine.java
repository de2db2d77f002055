package dev.kiroworker.statemachine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.internal.CompiledMachine;
import dev.kiroworker.statemachine.json.Json;
import dev.kiroworker.statemachine.validation.Problem;
import java.util.List;

/**
 * A validated Amazon States Language definition, ready to run locally. Thread-safe: one instance
 * may run many executions at once.
 *
 * <pre>{@code
 * StateMachine machine = StateMachine.parse(Files.readString(definitionFile));
 * ExecutionResult result = machine.execute(input, ExecutionOptions.builder().tasks(tasks).build());
 * }</pre>
 */
public final class StateMachine {

  private final CompiledMachine compiled;

  private StateMachine(CompiledMachine compiled) {
    this.compiled = compiled;
  }

  /**
   * Validates and parses a definition.
   *
   * @throws InvalidDefinitionException listing every problem found
   */
  public static StateMachine parse(String definitionJson) {
    List<Problem> problems = validate(definitionJson);
    if (!problems.isEmpty()) {
      throw new InvalidDefinitionException(problems);
    }
    JsonNode definition = Json.parse(definitionJson);
    return new StateMachine(
        CompiledMachine.compile(definition, EngineParts::choiceCondition, EngineParts::intrinsics));
  }

  /** Every problem in a definition; empty when it can run. */
  public static List<Problem> validate(String definitionJson) {
    return EngineParts.validate(definitionJson);
  }

  /** Runs one execution to its end and returns how it ended, with its history. */
  public ExecutionResult execute(JsonNode input, ExecutionOptions options) {
    return compiled.execute(input, options);
  }
}
