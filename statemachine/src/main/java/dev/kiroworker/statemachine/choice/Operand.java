package dev.kiroworker.statemachine.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.json.JsonPaths;
import java.util.Objects;

/** What a comparison compares the Variable's value with: a literal, or another value by path. */
public sealed interface Operand {

  /** The operand's value for this input and context object. */
  JsonNode resolve(JsonNode input, JsonNode context);

  /** A literal written in the rule, e.g. the {@code 5} of {@code "NumericEquals": 5}. */
  record Literal(JsonNode value) implements Operand {

    public Literal {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public JsonNode resolve(JsonNode input, JsonNode context) {
      return value;
    }
  }

  /** The value another path selects, for the {@code ...Path} operators. */
  record FromPath(String path) implements Operand {

    public FromPath {
      Objects.requireNonNull(path, "path");
    }

    /**
     * {@inheritDoc}
     *
     * @throws dev.kiroworker.statemachine.StatesException {@code States.Runtime} when the path
     *     selects nothing
     */
    @Override
    public JsonNode resolve(JsonNode input, JsonNode context) {
      return JsonPaths.find(path, input, context)
          .orElseThrow(() -> ChoiceFailures.missingOperandPath(path));
    }
  }
}
