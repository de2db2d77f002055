package dev.kiroworker.statemachine.choice;

import com.fasterxml.jackson.databind.JsonNode;

/** The kind of JSON value a choice operator compares or tests for. */
public enum ValueType {
  STRING,
  NUMBER,
  BOOLEAN,
  TIMESTAMP,
  NULL,
  /** Any value at all: what {@code IsPresent} tests for. */
  ANY;

  /** Whether {@code value} is of this type. */
  public boolean describes(JsonNode value) {
    return switch (this) {
      case STRING -> value.isTextual();
      case NUMBER -> value.isNumber();
      case BOOLEAN -> value.isBoolean();
      case TIMESTAMP -> value.isTextual() && AwsTimestamp.parse(value.textValue()).isPresent();
      case NULL -> value.isNull();
      case ANY -> true;
    };
  }
}
