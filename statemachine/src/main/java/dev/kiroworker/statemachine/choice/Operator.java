package dev.kiroworker.statemachine.choice;

import static dev.kiroworker.statemachine.choice.Relation.EQUALS;
import static dev.kiroworker.statemachine.choice.Relation.GREATER_THAN;
import static dev.kiroworker.statemachine.choice.Relation.GREATER_THAN_EQUALS;
import static dev.kiroworker.statemachine.choice.Relation.IS;
import static dev.kiroworker.statemachine.choice.Relation.LESS_THAN;
import static dev.kiroworker.statemachine.choice.Relation.LESS_THAN_EQUALS;
import static dev.kiroworker.statemachine.choice.Relation.MATCHES;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every comparison operator of a JSONPath choice rule, as the AWS Step Functions developer guide
 * lists them ("Choice workflow state", Choice Rules (JSONPath)).
 *
 * <p>{@code StringMatches} has no {@code Path} form: AWS lists none, though other operators have
 * one.
 */
public enum Operator {
  STRING_EQUALS("StringEquals", ValueType.STRING, EQUALS, false),
  STRING_EQUALS_PATH("StringEqualsPath", ValueType.STRING, EQUALS, true),
  STRING_LESS_THAN("StringLessThan", ValueType.STRING, LESS_THAN, false),
  STRING_LESS_THAN_PATH("StringLessThanPath", ValueType.STRING, LESS_THAN, true),
  STRING_GREATER_THAN("StringGreaterThan", ValueType.STRING, GREATER_THAN, false),
  STRING_GREATER_THAN_PATH("StringGreaterThanPath", ValueType.STRING, GREATER_THAN, true),
  STRING_LESS_THAN_EQUALS("StringLessThanEquals", ValueType.STRING, LESS_THAN_EQUALS, false),
  STRING_LESS_THAN_EQUALS_PATH(
      "StringLessThanEqualsPath", ValueType.STRING, LESS_THAN_EQUALS, true),
  STRING_GREATER_THAN_EQUALS(
      "StringGreaterThanEquals", ValueType.STRING, GREATER_THAN_EQUALS, false),
  STRING_GREATER_THAN_EQUALS_PATH(
      "StringGreaterThanEqualsPath", ValueType.STRING, GREATER_THAN_EQUALS, true),
  STRING_MATCHES("StringMatches", ValueType.STRING, MATCHES, false),

  NUMERIC_EQUALS("NumericEquals", ValueType.NUMBER, EQUALS, false),
  NUMERIC_EQUALS_PATH("NumericEqualsPath", ValueType.NUMBER, EQUALS, true),
  NUMERIC_LESS_THAN("NumericLessThan", ValueType.NUMBER, LESS_THAN, false),
  NUMERIC_LESS_THAN_PATH("NumericLessThanPath", ValueType.NUMBER, LESS_THAN, true),
  NUMERIC_GREATER_THAN("NumericGreaterThan", ValueType.NUMBER, GREATER_THAN, false),
  NUMERIC_GREATER_THAN_PATH("NumericGreaterThanPath", ValueType.NUMBER, GREATER_THAN, true),
  NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", ValueType.NUMBER, LESS_THAN_EQUALS, false),
  NUMERIC_LESS_THAN_EQUALS_PATH(
      "NumericLessThanEqualsPath", ValueType.NUMBER, LESS_THAN_EQUALS, true),
  NUMERIC_GREATER_THAN_EQUALS(
      "NumericGreaterThanEquals", ValueType.NUMBER, GREATER_THAN_EQUALS, false),
  NUMERIC_GREATER_THAN_EQUALS_PATH(
      "NumericGreaterThanEqualsPath", ValueType.NUMBER, GREATER_THAN_EQUALS, true),

  BOOLEAN_EQUALS("BooleanEquals", ValueType.BOOLEAN, EQUALS, false),
  BOOLEAN_EQUALS_PATH("BooleanEqualsPath", ValueType.BOOLEAN, EQUALS, true),

  TIMESTAMP_EQUALS("TimestampEquals", ValueType.TIMESTAMP, EQUALS, false),
  TIMESTAMP_EQUALS_PATH("TimestampEqualsPath", ValueType.TIMESTAMP, EQUALS, true),
  TIMESTAMP_LESS_THAN("TimestampLessThan", ValueType.TIMESTAMP, LESS_THAN, false),
  TIMESTAMP_LESS_THAN_PATH("TimestampLessThanPath", ValueType.TIMESTAMP, LESS_THAN, true),
  TIMESTAMP_GREATER_THAN("TimestampGreaterThan", ValueType.TIMESTAMP, GREATER_THAN, false),
  TIMESTAMP_GREATER_THAN_PATH("TimestampGreaterThanPath", ValueType.TIMESTAMP, GREATER_THAN, true),
  TIMESTAMP_LESS_THAN_EQUALS(
      "TimestampLessThanEquals", ValueType.TIMESTAMP, LESS_THAN_EQUALS, false),
  TIMESTAMP_LESS_THAN_EQUALS_PATH(
      "TimestampLessThanEqualsPath", ValueType.TIMESTAMP, LESS_THAN_EQUALS, true),
  TIMESTAMP_GREATER_THAN_EQUALS(
      "TimestampGreaterThanEquals", ValueType.TIMESTAMP, GREATER_THAN_EQUALS, false),
  TIMESTAMP_GREATER_THAN_EQUALS_PATH(
      "TimestampGreaterThanEqualsPath", ValueType.TIMESTAMP, GREATER_THAN_EQUALS, true),

  IS_NULL("IsNull", ValueType.NULL, IS, false),
  IS_PRESENT("IsPresent", ValueType.ANY, IS, false),
  IS_NUMERIC("IsNumeric", ValueType.NUMBER, IS, false),
  IS_STRING("IsString", ValueType.STRING, IS, false),
  IS_BOOLEAN("IsBoolean", ValueType.BOOLEAN, IS, false),
  IS_TIMESTAMP("IsTimestamp", ValueType.TIMESTAMP, IS, false);

  private static final Map<String, Operator> BY_FIELD_NAME =
      Arrays.stream(values())
          .collect(Collectors.toUnmodifiableMap(Operator::fieldName, Function.identity()));

  private final String fieldName;
  private final ValueType valueType;
  private final Relation relation;
  private final boolean path;

  Operator(String fieldName, ValueType valueType, Relation relation, boolean path) {
    this.fieldName = fieldName;
    this.valueType = valueType;
    this.relation = relation;
    this.path = path;
  }

  /** The operator whose field name in a choice rule is {@code fieldName}, if there is one. */
  public static Optional<Operator> named(String fieldName) {
    return Optional.ofNullable(BY_FIELD_NAME.get(fieldName));
  }

  /** The field name in a choice rule, e.g. {@code NumericEqualsPath}. */
  public String fieldName() {
    return fieldName;
  }

  /** The type of value compared, or tested for by the {@code Is*} operators. */
  public ValueType valueType() {
    return valueType;
  }

  public Relation relation() {
    return relation;
  }

  /** Whether the operand is a path to another value rather than a literal. */
  public boolean isPath() {
    return path;
  }
}
