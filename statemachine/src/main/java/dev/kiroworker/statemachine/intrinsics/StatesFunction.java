package dev.kiroworker.statemachine.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** Every intrinsic function AWS Step Functions offers, with its argument count and its body. */
enum StatesFunction {
  FORMAT("States.Format", 1, Integer.MAX_VALUE, StringFunctions::format),
  STRING_TO_JSON("States.StringToJson", 1, 1, JsonFunctions::stringToJson),
  JSON_TO_STRING("States.JsonToString", 1, 1, JsonFunctions::jsonToString),
  JSON_MERGE("States.JsonMerge", 3, 3, JsonFunctions::merge),
  ARRAY("States.Array", 0, Integer.MAX_VALUE, ArrayFunctions::array),
  ARRAY_PARTITION("States.ArrayPartition", 2, 2, ArrayFunctions::partition),
  ARRAY_CONTAINS("States.ArrayContains", 2, 2, ArrayFunctions::contains),
  ARRAY_RANGE("States.ArrayRange", 3, 3, ArrayFunctions::range),
  ARRAY_GET_ITEM("States.ArrayGetItem", 2, 2, ArrayFunctions::getItem),
  ARRAY_LENGTH("States.ArrayLength", 1, 1, ArrayFunctions::length),
  ARRAY_UNIQUE("States.ArrayUnique", 1, 1, ArrayFunctions::unique),
  BASE64_ENCODE("States.Base64Encode", 1, 1, EncodingFunctions::base64Encode),
  BASE64_DECODE("States.Base64Decode", 1, 1, EncodingFunctions::base64Decode),
  HASH("States.Hash", 2, 2, EncodingFunctions::hash),
  MATH_RANDOM("States.MathRandom", 2, 3, MathFunctions::random),
  MATH_ADD("States.MathAdd", 2, 2, MathFunctions::add),
  STRING_SPLIT("States.StringSplit", 2, 2, StringFunctions::split),
  UUID("States.UUID", 0, 0, MathFunctions::uuid);

  private final String awsName;
  private final int minArguments;
  private final int maxArguments;
  private final Function<Invocation, JsonNode> body;

  StatesFunction(
      String awsName, int minArguments, int maxArguments, Function<Invocation, JsonNode> body) {
    this.awsName = awsName;
    this.minArguments = minArguments;
    this.maxArguments = maxArguments;
    this.body = body;
  }

  /** The function called {@code name}; names are case-sensitive, as on AWS. */
  static Optional<StatesFunction> named(String name) {
    return Arrays.stream(values()).filter(f -> f.awsName.equals(name)).findFirst();
  }

  String awsName() {
    return awsName;
  }

  /** What is wrong with calling this function with {@code given} arguments, if anything. */
  Optional<String> arityProblem(int given) {
    if (given >= minArguments && given <= maxArguments) {
      return Optional.empty();
    }
    String expected;
    if (maxArguments == Integer.MAX_VALUE) {
      expected = "at least " + arguments(minArguments);
    } else if (minArguments == maxArguments) {
      expected = "exactly " + arguments(minArguments);
    } else {
      expected = minArguments + " or " + arguments(maxArguments);
    }
    return Optional.of(awsName + " takes " + expected + ", not " + given);
  }

  /**
   * Runs the function. AWS accepts a definition whose call has the wrong number of arguments and
   * fails only when the call runs, so the count is checked here.
   */
  JsonNode apply(Invocation invocation) {
    arityProblem(invocation.values().size())
        .ifPresent(
            problem -> {
              throw invocation.invalid(problem);
            });
    return body.apply(invocation);
  }

  private static String arguments(int count) {
    return count == 1 ? "1 argument" : count + " arguments";
  }
}
