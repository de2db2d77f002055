package dev.kiroworker.statemachine.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.StatesErrors;
import dev.kiroworker.statemachine.StatesException;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Evaluates intrinsic function calls such as {@code States.Format('Hello {}', $.name)}, the value
 * of a {@code "key.$"} field in Parameters or ResultSelector, with AWS Step Functions' argument
 * handling and failures.
 *
 * <p>Every failure while a call runs is a {@code States.Runtime} error, as on AWS (not {@code
 * States.IntrinsicFailure}), and its cause reads {@code The function '<expression>' had the
 * following error: <problem>}. The engine adds the state prefix AWS puts before it.
 */
public final class IntrinsicFunctions {

  private static final Pattern CALL_SHAPE =
      Pattern.compile("States\\.\\w+\\(.*\\)", Pattern.DOTALL);

  private final RandomGenerator random;

  /**
   * Functions drawing random numbers and UUIDs from {@code random}.
   *
   * @param random the source of States.MathRandom without a seed and of States.UUID; pass a seeded
   *     generator for repeatable tests
   */
  public IntrinsicFunctions(RandomGenerator random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  /** Functions drawing from a {@link SecureRandom}, for real executions. */
  public static IntrinsicFunctions withSecureRandom() {
    return new IntrinsicFunctions(new SecureRandom());
  }

  /**
   * The value of {@code expression} for one state input and context object.
   *
   * @throws StatesException {@code States.Runtime} when the call is malformed, a path argument
   *     selects nothing or a function rejects its arguments
   */
  public JsonNode evaluate(String expression, JsonNode input, JsonNode context) {
    try {
      Argument.Call call = IntrinsicParser.parse(expression);
      return new Evaluator(input, context, random).evaluate(call).deepCopy();
    } catch (FunctionError | IllegalArgumentException e) {
      throw new StatesException(
          StatesErrors.RUNTIME,
          "The function '" + expression + "' had the following error: " + e.getMessage());
    }
  }

  /**
   * Checks {@code expression} the way AWS does when a definition is created: the syntax, the
   * function names (case-sensitive) and the limit of 10 functions in one field. Like AWS, it
   * accepts a wrong number of arguments, which fails only when the call runs; see {@link
   * #checkStrict}.
   *
   * @throws IllegalArgumentException saying what is wrong and where
   */
  public static void check(String expression) {
    try {
      IntrinsicParser.parse(expression);
    } catch (IllegalArgumentException e) {
      throw invalid(expression, e.getMessage(), e);
    }
  }

  /**
   * {@link #check} plus the number of arguments of every call: stricter than AWS, which fails such
   * a call only when it runs, for callers who prefer to hear about it before.
   *
   * @throws IllegalArgumentException saying what is wrong and where
   */
  public static void checkStrict(String expression) {
    check(expression);
    checkArity(expression, IntrinsicParser.parse(expression));
  }

  /** Whether {@code value} is meant as an intrinsic call: {@code States.Name(...)}. */
  public static boolean isIntrinsic(String value) {
    return value != null && CALL_SHAPE.matcher(value).matches();
  }

  private static void checkArity(String expression, Argument.Call call) {
    call.function()
        .arityProblem(call.arguments().size())
        .ifPresent(
            problem -> {
              throw invalid(expression, problem, null);
            });
    for (Argument argument : call.arguments()) {
      if (argument instanceof Argument.Call nested) {
        checkArity(expression, nested);
      }
    }
  }

  private static IllegalArgumentException invalid(
      String expression, String problem, Throwable cause) {
    return new IllegalArgumentException(
        "'" + expression + "' is not a valid intrinsic function call: " + problem, cause);
  }
}
