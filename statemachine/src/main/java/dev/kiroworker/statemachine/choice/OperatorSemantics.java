package dev.kiroworker.statemachine.choice;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What each operator means for two values. A value of the wrong type makes the comparison false,
 * never an error: AWS "doesn't attempt to match a numeric field to a string value".
 */
final class OperatorSemantics {

  private OperatorSemantics() {}

  /** Whether {@code value} (from the Variable) and {@code operand} satisfy {@code operator}. */
  static boolean holds(Operator operator, JsonNode value, JsonNode operand) {
    return switch (operator.relation()) {
      case IS -> operator.valueType().describes(value) == operand.booleanValue();
      case MATCHES ->
          value.isTextual()
              && WildcardPattern.parse(operand.textValue()).matches(value.textValue());
      case EQUALS, LESS_THAN, GREATER_THAN, LESS_THAN_EQUALS, GREATER_THAN_EQUALS -> {
        OptionalInt order = order(operator.valueType(), value, operand);
        yield order.isPresent() && operator.relation().accepts(order.getAsInt());
      }
    };
  }

  /** How {@code a} compares with {@code b} as {@code type}; empty when either is not one. */
  private static OptionalInt order(ValueType type, JsonNode a, JsonNode b) {
    return switch (type) {
      // AWS documents Java's String.compareTo (UTF-16 code units) as its string ordering.
      case STRING ->
          a.isTextual() && b.isTextual()
              ? OptionalInt.of(a.textValue().compareTo(b.textValue()))
              : OptionalInt.empty();
      // Exact decimals, so 1 equals 1.0 and 0.1 + 0.2 style rounding never shows.
      case NUMBER ->
          a.isNumber() && b.isNumber()
              ? OptionalInt.of(a.decimalValue().compareTo(b.decimalValue()))
              : OptionalInt.empty();
      case BOOLEAN ->
          a.isBoolean() && b.isBoolean()
              ? OptionalInt.of(Boolean.compare(a.booleanValue(), b.booleanValue()))
              : OptionalInt.empty();
      case TIMESTAMP -> compareInstants(instant(a), instant(b));
      case NULL, ANY -> OptionalInt.empty();
    };
  }

  private static Optional<Instant> instant(JsonNode node) {
    return node.isTextual() ? AwsTimestamp.parse(node.textValue()) : Optional.empty();
  }

  private static OptionalInt compareInstants(Optional<Instant> a, Optional<Instant> b) {
    return a.isPresent() && b.isPresent()
        ? OptionalInt.of(a.get().compareTo(b.get()))
        : OptionalInt.empty();
  }
}
