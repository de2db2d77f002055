package dev.kiroworker.statemachine.intrinsics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IntrinsicSyntaxTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "States.UUID()",
        "States.Array()",
        "States.Array( )",
        "States.Format('a \\' b \\{ \\} \\\\ {}', $.x)",
        "States.Array($, $$, $$.Execution.Id, $['a b'], $.a[0], $..deep, $.a[?(@.b == 'x)')])",
        "States.Array(1, -2, 3.5, -0.25, 1e3, 2E-2, true, false, null)",
        "States.ArrayGetItem(States.StringSplit(States.ArrayGetItem(States.StringSplit($.a,'/'),2),'.'),0)",
        "States.Array(\n  $.a,\t$.b\n)"
      })
  void check_acceptsWellFormedCalls(String expression) {
    assertThatCode(() -> IntrinsicFunctions.check(expression)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          States.format($.a)             | 'States.format' is not an intrinsic function at character 1
          Foo.Bar()                      | expected an intrinsic function name such as States.Format at character 1
          States.Array ($.a)             | expected '(' right after States.Array at character 13
          States.Array($.a) trailing     | unexpected text after the closing parenthesis at character 18
          States.Array($.a               | expected ',' or ')' at the end
          States.Array($.a, )            | expected an argument at character 19
          States.Array(,)                | expected an argument at character 14
          States.Array($.a $.b)          | expected ',' or ')' at character 18
          States.Array('abc)             | the string that starts here has no closing quote at character 14
          States.Array('a\\nb')          | '\\' may only escape ', {, } or \\ at character 16
          States.Array('a\\')            | the string that starts here has no closing quote at character 14
          States.Array(True)             | 'True' is not an argument
          States.Array(@x)               | '@x' is not an argument
          States.Array(nullx)            | 'nullx' is not an argument
          States.Array(1abc)             | '1abc' is not a number at character 14
          States.Array(1.5.5)            | '1.5.5' is not a number
          States.Array(-)                | expected a number at character 14
          States.Array($.a b)            | expected ',' or ')' at character 18
          States.Array($.)               | '$.' is not a valid JSONPath at character 14
          States.Array([1])              | '[1]' is not an argument
          """)
  void check_rejectsMalformedCalls_sayingWhatAndWhere(String expression, String problem) {
    assertThatThrownBy(() -> IntrinsicFunctions.check(expression))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "'" + expression + "' is not a valid intrinsic function call: " + problem);
  }

  @Test
  void check_rejectsNull() {
    assertThatThrownBy(() -> IntrinsicFunctions.check(null))
        .hasMessageContaining("there is no intrinsic function call (the value is null)");
  }

  @Test
  void check_allowsTenFunctionsInOneField_butNotEleven() {
    String ten = nested(10);

    assertThatCode(() -> IntrinsicFunctions.check(ten)).doesNotThrowAnyException();
    assertThatThrownBy(() -> IntrinsicFunctions.check(nested(11)))
        .hasMessageContaining("more than 10 intrinsic functions in one field (AWS's limit)");
    assertThatThrownBy(
            () ->
                IntrinsicFunctions.check(
                    "States.Array("
                        + String.join(", ", Collections.nCopies(10, "States.UUID()"))
                        + ")"))
        .hasMessageContaining("more than 10 intrinsic functions");
  }

  @Test
  void check_acceptsAWrongArgumentCount_asAwsDoes_butCheckStrictRejectsIt() {
    IntrinsicFunctions.check("States.MathAdd(1)");

    assertThatThrownBy(() -> IntrinsicFunctions.checkStrict("States.MathAdd(1)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "'States.MathAdd(1)' is not a valid intrinsic function call:"
                + " States.MathAdd takes exactly 2 arguments, not 1");
    assertThatThrownBy(() -> IntrinsicFunctions.checkStrict("States.Array(States.Hash('a'))"))
        .hasMessageContaining("States.Hash takes exactly 2 arguments, not 1");
    assertThatThrownBy(() -> IntrinsicFunctions.checkStrict("States.Array("))
        .hasMessageContaining("expected an argument");
    assertThatCode(() -> IntrinsicFunctions.checkStrict("States.Array(1, States.UUID(), 'x')"))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          States.Format('{}', $.a) | true
          States.UUID()            | true
          States.Nope(1)           | true
          States.Array(            | false
          $.a                      | false
          states.Array()           | false
          ' States.UUID()'         | false
          States.UUID              | false
          """)
  void isIntrinsic_recognisesTheShapeOfACall(String value, boolean intrinsic) {
    assertThat(IntrinsicFunctions.isIntrinsic(value)).isEqualTo(intrinsic);
  }

  @Test
  void isIntrinsic_ofNull_isFalse() {
    assertThat(IntrinsicFunctions.isIntrinsic(null)).isFalse();
  }

  private static String nested(int calls) {
    return "States.Array(".repeat(calls) + ")".repeat(calls);
  }
}
