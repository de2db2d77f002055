package dev.kiroworker.statemachine.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.json.JsonPaths;
import java.util.Objects;
import java.util.Optional;

/**
 * A data-test rule: the value at {@code variable}, compared by {@code operator} with {@code
 * operand}.
 *
 * @param variable the path of the value to test ({@code $...} input, {@code $$...} context object)
 * @param operator the comparison operator
 * @param operand a literal, or for the {@code ...Path} operators the path of another value
 */
public record Comparison(String variable, Operator operator, Operand operand)
    implements ChoiceRule {

  public Comparison {
    Objects.requireNonNull(variable, "variable");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(operand, "operand");
    if (operator.isPath() != operand instanceof Operand.FromPath) {
      throw new IllegalArgumentException(
          operator.fieldName() + (operator.isPath() ? " needs a path" : " needs a literal"));
    }
  }

  @Override
  public boolean matches(JsonNode input, JsonNode context) {
    Optional<JsonNode> value = JsonPaths.find(variable, input, context);
    if (operator == Operator.IS_PRESENT) {
      // IsPresent is the one operator for which a Variable that selects nothing is not an error.
      return value.isPresent() == operand.resolve(input, context).booleanValue();
    }
    JsonNode actual = value.orElseThrow(() -> ChoiceFailures.missingVariable(variable));
    return OperatorSemantics.holds(operator, actual, operand.resolve(input, context));
  }
}
