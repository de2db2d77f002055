package dev.kiroworker.statemachine.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiroworker.statemachine.choice.ChoiceRule;
import dev.kiroworker.statemachine.json.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChoiceLabelTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '^',
      textBlock =
          """
          {"Variable":"$.s","StringEquals":"ok"}                      | $.s == 'ok'
          {"Variable":"$.s","StringLessThan":"b"}                     | $.s < 'b'
          {"Variable":"$.s","StringGreaterThanEqualsPath":"$.t"}      | $.s >= $.t
          {"Variable":"$.n","NumericEquals":1.50}                     | $.n == 1.50
          {"Variable":"$.n","NumericGreaterThan":-2}                  | $.n > -2
          {"Variable":"$.n","NumericLessThanEqualsPath":"$$.Map.Item.Index"} | $.n <= $$.Map.Item.Index
          {"Variable":"$.b","BooleanEquals":false}                    | $.b == false
          {"Variable":"$.t","TimestampGreaterThan":"2026-01-01T00:00:00Z"} | $.t > '2026-01-01T00:00:00Z'
          {"Variable":"$.s","StringMatches":"log-*.txt"}              | $.s matches 'log-*.txt'
          {"Variable":"$.x","IsPresent":true}                         | $.x is present
          {"Variable":"$.x","IsPresent":false}                        | $.x is absent
          {"Variable":"$.x","IsNull":true}                            | $.x is null
          {"Variable":"$.x","IsNumeric":false}                        | $.x is not a number
          {"Variable":"$.x","IsString":true}                          | $.x is a string
          {"Variable":"$.x","IsBoolean":true}                         | $.x is a boolean
          {"Variable":"$.x","IsTimestamp":false}                      | $.x is not a timestamp
          {"Not":{"Variable":"$.a","BooleanEquals":true}}             | not $.a == true
          {"Not":{"And":[{"Variable":"$.a","IsNull":true},{"Variable":"$.b","IsNull":true}]}} | not ($.a is null and $.b is null)
          {"Or":[{"Variable":"$.a","IsNull":true},{"Not":{"Variable":"$.b","IsNull":true}}]} | $.a is null or not $.b is null
          {"And":[{"Variable":"$.a","IsNull":true},{"Or":[{"Variable":"$.b","IsNull":true},{"Variable":"$.c","IsNull":true}]}]} | $.a is null and ($.b is null or $.c is null)
          """)
  void of_writesTheRuleAsAShortCondition(String rule, String expected) {
    assertThat(ChoiceLabel.of(ChoiceRule.parse(Json.parse(rule)), 0)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '^',
      textBlock =
          """
          {"And":[{"Variable":"$.build.status","StringEquals":"SUCCEEDED"},{"Variable":"$.coverage.percent","NumericGreaterThanEquals":80}]} | $.build.status == 'SUCCEEDED' and 1 more
          {"Or":[{"Variable":"$.a","IsNull":true},{"Variable":"$.some.rather.long.path","IsNull":true},{"Variable":"$.c","IsNull":true}]} | $.a is null or 2 more
          {"Or":[{"Variable":"$.a.very.long.path.to.a.field.that.goes.on","StringEquals":"and on and on"},{"Variable":"$.b","IsNull":true}]} | rule 3
          {"Variable":"$.a.very.long.path.to.a.field.that.goes.on","StringEquals":"and on and on"} | rule 3
          {"And":[{"Variable":"$.a.very.long.path.to.a.field.that.goes.on","StringEquals":"and on"}]} | rule 3
          """)
  void of_conditionTooLong_isShortened(String rule, String expected) {
    String label = ChoiceLabel.of(ChoiceRule.parse(Json.parse(rule)), 2);

    assertThat(label).isEqualTo(expected);
    assertThat(label.length()).isLessThanOrEqualTo(ChoiceLabel.MAX_LENGTH);
  }
}
