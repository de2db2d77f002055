package dev.kiroworker.statemachine.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.json.ReferencePath;
import java.util.List;

/** Reads a data-test rule: its Variable, its one operator and that operator's operand. */
final class ComparisonParser {

  private ComparisonParser() {}

  /** {@code operators} are the operator field names the rule has, sorted. */
  static Comparison comparison(JsonNode json, List<String> operators) {
    JsonNode variable = json.get("Variable");
    if (operators.isEmpty()) {
      throw new InvalidChoiceRuleException(
          "",
          variable == null
              ? "a choice rule needs a comparison (Variable and an operator such as"
                  + " StringEquals) or one of And, Or and Not"
              : "a choice rule with Variable needs a comparison operator such as StringEquals"
                  + " or IsPresent");
    }
    if (operators.size() > 1) {
      throw new InvalidChoiceRuleException(
          "",
          "a choice rule needs exactly one comparison operator, found " + Quoting.names(operators));
    }
    Operator operator = Operator.named(operators.getFirst()).orElseThrow();
    if (variable == null) {
      throw new InvalidChoiceRuleException(
          "", operator.fieldName() + " needs a Variable, the path of the value to compare");
    }
    String path = referencePath("Variable", variable);
    return new Comparison(path, operator, operand(operator, json.get(operator.fieldName())));
  }

  private static Operand operand(Operator operator, JsonNode value) {
    if (operator.isPath()) {
      return new Operand.FromPath(referencePath(operator.fieldName(), value));
    }
    ValueType expected =
        operator.relation() == Relation.IS ? ValueType.BOOLEAN : operator.valueType();
    if (!expected.describes(value)) {
      throw new InvalidChoiceRuleException(
          operator.fieldName(),
          operator.fieldName()
              + " needs "
              + describe(expected, operator)
              + ", got "
              + Quoting.describe(value));
    }
    if (operator.relation() == Relation.MATCHES) {
      try {
        WildcardPattern.parse(value.textValue());
      } catch (IllegalArgumentException e) {
        throw new InvalidChoiceRuleException(operator.fieldName(), e.getMessage());
      }
    }
    return new Operand.Literal(value);
  }

  private static String describe(ValueType type, Operator operator) {
    return switch (type) {
      case STRING -> operator.relation() == Relation.MATCHES ? "a string pattern" : "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "true or false";
      case TIMESTAMP ->
          "a timestamp such as 2001-01-01T12:00:00Z (RFC 3339 with an uppercase T, and Z or a"
              + " numeric offset such as +02:00)";
      case NULL -> "null";
      case ANY -> "a value";
    };
  }

  // AWS: "The values of Variable and Path fields in a comparison must be valid Reference Paths".
  private static String referencePath(String field, JsonNode value) {
    if (!value.isTextual() || !isReferencePath(value.textValue())) {
      throw new InvalidChoiceRuleException(
          field,
          field
              + " must be a reference path such as $.order.total or $$.Execution.Input.id, got "
              + Quoting.describe(value));
    }
    return value.textValue();
  }

  private static boolean isReferencePath(String text) {
    return ReferencePath.isValid(text.startsWith("$$") ? text.substring(1) : text);
  }
}
