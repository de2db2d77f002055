package dev.kiroworker.statemachine.intrinsics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.statemachine.StatesErrors;
import dev.kiroworker.statemachine.StatesException;
import dev.kiroworker.statemachine.json.Json;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class IntrinsicFunctionsTest {

  private static final String UUID_V4 =
      "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

  private final JsonNode none = Json.object();
  private final IntrinsicFunctions functions = new IntrinsicFunctions(new SplittableRandom(1));

  @Test
  void evaluate_returnsACopy_soChangingTheResultLeavesTheInputAlone() {
    JsonNode input = Json.parse("{\"a\":{\"k\":1}}");

    JsonNode result = functions.evaluate("States.Array($.a)", input, none);
    ((ObjectNode) result.get(0)).put("k", 2);

    assertThat(input.toString()).isEqualTo("{\"a\":{\"k\":1}}");
  }

  @Test
  void uuid_isAVersion4UuidDrawnFromTheGivenGenerator() {
    String first = evaluateWith(new SplittableRandom(5), "States.UUID()").textValue();
    String again = evaluateWith(new SplittableRandom(5), "States.UUID()").textValue();
    String other = evaluateWith(new SplittableRandom(6), "States.UUID()").textValue();

    assertThat(first).matches(UUID_V4).isEqualTo(again).isNotEqualTo(other);
    assertThat(
            IntrinsicFunctions.withSecureRandom().evaluate("States.UUID()", none, none).textValue())
        .matches(UUID_V4);
  }

  @Test
  void uuid_withAnArgument_failsWhenRun() {
    assertRuntimeFailure(
        "States.UUID(1)",
        "Invalid arguments in States.UUID: States.UUID takes exactly 0 arguments");
  }

  @Test
  void mathRandom_includesTheStartAndExcludesTheEnd() {
    assertThat(evaluateWith(lowest(), "States.MathRandom(1, 999)").intValue()).isEqualTo(1);
    assertThat(evaluateWith(highest(), "States.MathRandom(1, 999)").intValue()).isEqualTo(998);
  }

  @Test
  void mathRandom_cutsFractionalBoundsTowardsZero() {
    assertThat(evaluateWith(lowest(), "States.MathRandom(1.6, 5.4)").intValue()).isEqualTo(1);
    assertThat(evaluateWith(highest(), "States.MathRandom(1.6, 5.4)").intValue()).isEqualTo(4);
  }

  @Test
  void mathRandom_withTheSameSeed_givesTheSameNumberWhateverTheGenerator() {
    int first = evaluateWith(lowest(), "States.MathRandom(1, 1000, 3)").intValue();
    int second = evaluateWith(highest(), "States.MathRandom(1, 1000, 3)").intValue();

    assertThat(first).isEqualTo(second).isBetween(1, 999);
  }

  @Test
  void mathRandom_boundsOutsideTheIntRangeOrTooFarApart_fail() {
    assertRuntimeFailure(
        "States.MathRandom(1, 3000000000)",
        "the end 3000000000 is outside the 32-bit integer range");
    assertRuntimeFailure(
        "States.MathRandom(-2147483648, 2147483647)",
        "the range from -2147483648 to 2147483647 is too wide");
    assertRuntimeFailure("States.MathRandom(1)", "States.MathRandom takes 2 or 3 arguments, not 1");
  }

  @Test
  void arrayRange_ofExactly1000Items_succeeds() {
    JsonNode range = functions.evaluate("States.ArrayRange(1, 1000, 1)", none, none);

    assertThat(range).hasSize(1000);
    assertThat(range.get(0).intValue()).isEqualTo(1);
    assertThat(range.get(999).intValue()).isEqualTo(1000);
  }

  @Test
  void arrayRange_ofAHugeSpan_failsOnItsSize() {
    assertRuntimeFailure(
        "States.ArrayRange(-900000000000000000, 900000000000000000, 1)",
        "the range would hold 1800000000000000001 items");
    assertRuntimeFailure("States.ArrayRange(1, 1e400, 1)", "argument 2 (1E+400) is too large");
  }

  @Test
  void arrayRange_largeValues_stayExact() {
    assertThat(
            functions
                .evaluate("States.ArrayRange(5000000000, 5000000001, 1)", none, none)
                .toString())
        .isEqualTo("[5000000000,5000000001]");
  }

  @Test
  void base64AndHash_accept10000CharactersAndReject10001() {
    JsonNode input =
        Json.MAPPER
            .createObjectNode()
            .put("ok", "a".repeat(10_000))
            .put("tooLong", "a".repeat(10_001));

    assertThat(functions.evaluate("States.Base64Encode($.ok)", input, none).textValue())
        .hasSize(13_336);
    assertThat(functions.evaluate("States.Hash($.ok, 'SHA-256')", input, none).textValue())
        .hasSize(64);
    assertThat(functions.evaluate("States.Base64Decode($.ok)", input, none).textValue())
        .hasSize(7_500);
    for (String call :
        new String[] {
          "States.Base64Encode($.tooLong)",
          "States.Base64Decode($.tooLong)",
          "States.Hash($.tooLong, 'MD5')"
        }) {
      assertThatThrownBy(() -> functions.evaluate(call, input, none))
          .hasMessageContaining("the input has 10001 characters; AWS allows at most 10000");
    }
  }

  @Test
  void format_withATemplateFromAPath_takesBackslashesLiterally() {
    JsonNode input = Json.parse("{\"t\":\"C:\\\\dir\\\\{}\",\"v\":\"x\"}");

    assertThat(functions.evaluate("States.Format($.t, $.v)", input, none).textValue())
        .isEqualTo("C:\\dir\\x");
  }

  @Test
  void format_withANestedCallAsTemplate_needsAString() {
    assertRuntimeFailure(
        "States.Format(States.Array(1))",
        "Invalid arguments in States.Format: argument 1 must be a string, not an array");
    assertRuntimeFailure("States.Format()", "States.Format takes at least 1 argument, not 0");
  }

  @Test
  void hash_ofAnObjectOrNull_hashesItsJavaText() {
    JsonNode input = Json.parse("{\"o\":{\"a\":1},\"n\":null}");

    assertThat(functions.evaluate("States.Hash($.o, 'MD5')", input, none))
        .isEqualTo(functions.evaluate("States.Hash('{a=1}', 'MD5')", none, none));
    assertThat(functions.evaluate("States.Hash($.n, 'MD5')", input, none))
        .isEqualTo(functions.evaluate("States.Hash('null', 'MD5')", none, none));
  }

  @Test
  void mathAdd_ofHugeNumbers_fails() {
    assertRuntimeFailure("States.MathAdd(1e400, 1)", "argument 1 (1E+400) is too large");
    assertRuntimeFailure("States.MathAdd(1, -3000000000)", "the second value -3000000000");
  }

  @Test
  void pathArguments_pastTheEndOrBeforeTheStart_areMissing_butAnExplicitNullIsAValue() {
    JsonNode input = Json.parse("{\"items\":[null,2],\"obj\":{}}");

    assertThat(functions.evaluate("States.Format('{}', $.items[0])", input, none).textValue())
        .isEqualTo("null");
    assertThat(functions.evaluate("States.Format('{}', $.items[-1])", input, none).textValue())
        .isEqualTo("2");
    assertRuntimeFailure(
        "States.Format('{}', $.items[-3])", input, "field '$.items[-3]' could not be found");
    assertRuntimeFailure(
        "States.Format('{}', $.items[2])", input, "field '$.items[2]' could not be found");
  }

  @Test
  void malformedCall_failsWhenRun_withStatesRuntime() {
    assertRuntimeFailure("States.Array(", "expected an argument at the end");
    assertRuntimeFailure("States.Nope()", "'States.Nope' is not an intrinsic function");
  }

  @Test
  void aGeneratorIsRequired() {
    assertThatThrownBy(() -> new IntrinsicFunctions(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("random");
  }

  private JsonNode evaluateWith(RandomGenerator random, String expression) {
    return new IntrinsicFunctions(random).evaluate(expression, none, none);
  }

  private void assertRuntimeFailure(String expression, String causeFragment) {
    assertRuntimeFailure(expression, none, causeFragment);
  }

  private void assertRuntimeFailure(String expression, JsonNode input, String causeFragment) {
    assertThatThrownBy(() -> functions.evaluate(expression, input, none))
        .isInstanceOfSatisfying(
            StatesException.class,
            failure -> {
              assertThat(failure.error()).isEqualTo(StatesErrors.RUNTIME);
              assertThat(failure.cause())
                  .startsWith("The function '" + expression + "' had the following error: ")
                  .contains(causeFragment);
            });
  }

  /** A generator whose every bounded int is the lowest possible. */
  private static RandomGenerator lowest() {
    return new FixedDraw(false);
  }

  /** A generator whose every bounded int is the highest possible. */
  private static RandomGenerator highest() {
    return new FixedDraw(true);
  }

  private record FixedDraw(boolean highest) implements RandomGenerator {
    @Override
    public long nextLong() {
      return 0;
    }

    @Override
    public int nextInt(int bound) {
      return highest ? bound - 1 : 0;
    }
  }
}
