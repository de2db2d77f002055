package dev.kiroworker.statemachine.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * One call of an intrinsic function being run: its evaluated arguments, typed on demand.
 *
 * @param function the function called
 * @param values the argument values, in order
 * @param sources the arguments as written, in the same order
 * @param random where States.MathRandom and States.UUID draw from
 */
record Invocation(
    StatesFunction function,
    List<JsonNode> values,
    List<Argument> sources,
    RandomGenerator random) {

  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final int LONG_DIGITS = 18;

  /** The failure AWS reports as "Invalid arguments in States.X", with what exactly is wrong. */
  FunctionError invalid(String detail) {
    return new FunctionError("Invalid arguments in " + function.awsName() + ": " + detail);
  }

  JsonNode value(int index) {
    return values.get(index);
  }

  ArrayNode array(int index) {
    if (value(index) instanceof ArrayNode array) {
      return array;
    }
    throw wrongType(index, "an array");
  }

  ObjectNode object(int index) {
    if (value(index) instanceof ObjectNode object) {
      return object;
    }
    throw wrongType(index, "a JSON object");
  }

  String text(int index) {
    if (value(index).isTextual()) {
      return value(index).textValue();
    }
    throw wrongType(index, "a string");
  }

  BigDecimal number(int index) {
    if (value(index).isNumber()) {
      return value(index).decimalValue();
    }
    throw wrongType(index, "a number");
  }

  /** The number at {@code index} cut to an integer towards zero, as AWS does for most functions. */
  long truncated(int index) {
    return whole(index, number(index), RoundingMode.DOWN);
  }

  /** The number at {@code index} rounded half up (Java's Math.round), as AWS does in MathAdd. */
  long rounded(int index) {
    return whole(index, number(index).add(HALF), RoundingMode.FLOOR);
  }

  /** Checks that {@code value} fits a 32-bit int, AWS's integer type for numeric arguments. */
  int int32(long value, String what) {
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw invalid(what + " " + value + " is outside the 32-bit integer range");
    }
    return (int) value;
  }

  private long whole(int index, BigDecimal value, RoundingMode rounding) {
    if (value.precision() - value.scale() > LONG_DIGITS) {
      throw invalid("argument " + (index + 1) + " (" + value(index) + ") is too large");
    }
    return value.setScale(0, rounding).longValueExact();
  }

  private FunctionError wrongType(int index, String expected) {
    return invalid(
        "argument " + (index + 1) + " must be " + expected + ", not " + describe(value(index)));
  }

  static String describe(JsonNode value) {
    return switch (value.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NULL, MISSING -> "null";
      case STRING -> "the string " + value;
      default -> value.getNodeType().name().toLowerCase(Locale.ROOT) + " " + value;
    };
  }
}
