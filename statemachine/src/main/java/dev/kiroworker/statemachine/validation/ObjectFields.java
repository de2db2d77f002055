package dev.kiroworker.statemachine.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.json.Json;
import dev.kiroworker.statemachine.json.ReferencePath;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of one JSON object under validation, with typed checks that report each problem at the
 * field it is about.
 */
final class ObjectFields {

  private static final int SHOWN_VALUE_LENGTH = 60;

  private final JsonNode node;
  private final Location location;
  private final ValidationContext context;

  ObjectFields(JsonNode node, Location location, ValidationContext context) {
    this.node = node;
    this.location = location;
    this.context = context;
  }

  ValidationContext context() {
    return context;
  }

  /** The value of {@code name}, or null when the field is absent. */
  JsonNode get(String name) {
    return node.get(name);
  }

  boolean has(String name) {
    return node.has(name);
  }

  List<String> names() {
    return node.properties().stream().map(Map.Entry::getKey).toList();
  }

  Location at(String name) {
    return location.field(name);
  }

  void report(String name, String message) {
    context.report(at(name), message);
  }

  void reportHere(String message) {
    context.report(location, message);
  }

  /** The fields of the object held by {@code name}, for checking it in turn. */
  ObjectFields child(String name) {
    return new ObjectFields(get(name), at(name), context);
  }

  /** The text of {@code name} when it is a string; reports any other value. */
  Optional<String> string(String name) {
    JsonNode value = get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      report(name, "must be a string, got " + show(value));
      return Optional.empty();
    }
    return Optional.of(value.asText());
  }

  /** Like {@link #string} but reports a missing or empty value as well. */
  Optional<String> requiredString(String name, String whenMissing) {
    if (!has(name)) {
      reportHere(whenMissing);
      return Optional.empty();
    }
    return nonEmptyString(name);
  }

  /** Like {@link #string} but reports an empty or blank text as well. */
  Optional<String> nonEmptyString(String name) {
    Optional<String> text = string(name);
    if (text.isPresent() && text.get().isBlank()) {
      report(name, "must not be empty");
      return Optional.empty();
    }
    return text;
  }

  /** Reports {@code name} unless it is a whole number from {@code min} to {@code max}. */
  Optional<BigInteger> wholeNumber(String name, long min, long max) {
    return wholeNumber(name, min, max, "a whole number from " + min + " to " + max);
  }

  /** Reports {@code name} unless it is a whole number of at least {@code min}. */
  void wholeNumberFrom(String name, long min) {
    wholeNumber(name, min, Long.MAX_VALUE, "a whole number of at least " + min);
  }

  private Optional<BigInteger> wholeNumber(String name, long min, long max, String expected) {
    JsonNode value = get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isIntegralNumber()
        || value.bigIntegerValue().compareTo(BigInteger.valueOf(min)) < 0
        || value.bigIntegerValue().compareTo(BigInteger.valueOf(max)) > 0) {
      report(name, "must be " + expected + ", got " + show(value));
      return Optional.empty();
    }
    return Optional.of(value.bigIntegerValue());
  }

  /** Reports {@code name} unless it is a number from {@code min} to {@code max} (null: none). */
  void number(String name, BigDecimal min, BigDecimal max, String expected) {
    JsonNode value = get(name);
    if (value == null) {
      return;
    }
    if (!value.isNumber()
        || value.decimalValue().compareTo(min) < 0
        || (max != null && value.decimalValue().compareTo(max) > 0)) {
      report(name, "must be " + expected + ", got " + show(value));
    }
  }

  /** Reports {@code name} unless it is a JSONPath or null (InputPath, OutputPath). */
  void pathOrNull(String name) {
    JsonNode value = get(name);
    if (value != null
        && !value.isNull()
        && !(value.isTextual() && PathSyntax.isPath(value.asText()))) {
      report(
          name,
          "must be a JSONPath such as $.order or $$.Execution.Input, or null, got " + show(value));
    }
  }

  /** Reports {@code name} unless it is a reference path or null: ResultPath writes there. */
  void resultPath(String name) {
    JsonNode value = get(name);
    if (value != null
        && !value.isNull()
        && !(value.isTextual() && ReferencePath.isValid(value.asText()))) {
      report(
          name,
          "must be a reference path such as $.result (only field names and array indexes after $),"
              + " or null, got "
              + show(value));
    }
  }

  /** Reports {@code name} unless it is a reference path that reads one value. */
  void readingReferencePath(String name) {
    JsonNode value = get(name);
    if (value != null
        && !(value.isTextual() && PathSyntax.isReadingReferencePath(value.asText()))) {
      report(
          name,
          "must be a reference path such as $.field or $.list[0] (only field names and array"
              + " indexes after $ or $$), got "
              + show(value));
    }
  }

  /** The object held by {@code name}; reports any other value. */
  boolean object(String name) {
    JsonNode value = get(name);
    if (value != null && !value.isObject()) {
      report(name, "must be a JSON object, got " + show(value));
      return false;
    }
    return value != null;
  }

  /** Reports when both {@code first} and {@code second} are set. */
  void atMostOne(String first, String second) {
    if (has(first) && has(second)) {
      report(second, first + " and " + second + " cannot both be set; keep one of them");
    }
  }

  /** A value as a message shows it: JSON text, shortened when long. */
  static String show(JsonNode value) {
    String text = Json.write(value);
    return text.length() <= SHOWN_VALUE_LENGTH
        ? text
        : text.substring(0, SHOWN_VALUE_LENGTH - 3) + "...";
  }
}
