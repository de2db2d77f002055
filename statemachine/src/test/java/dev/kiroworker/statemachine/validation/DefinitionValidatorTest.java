package dev.kiroworker.statemachine.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.json.Json;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefinitionValidatorTest {

  private static final String CHOICE =
      """
      {
        "StartAt": "Route",
        "States": {
          "Route": {
            "Type": "Choice",
            "Choices": [
              { "Variable": "$.a", "StringEquals": "x", "Assign": { "seen": true }, "Next": "Done" },
              "not a rule",
              { "Variable": "$.b", "NumericEquals": "7", "Next": "Done" }
            ],
            "Default": "Done"
          },
          "Done": { "Type": "Succeed" }
        }
      }
      """;

  private static final String INTRINSICS =
      """
      {
        "StartAt": "Shape",
        "States": {
          "Shape": {
            "Type": "Task",
            "Resource": "arn:aws:lambda:eu-west-1:123456789012:function:f",
            "Parameters": { "id.$": "States.UUID()", "name.$": "$.name", "deep": [{ "x.$": "States.Bad(" }] },
            "ResultSelector": { "text.$": "States.JsonToString($)" },
            "Assign": { "label.$": "States.Format('{}', $.name)" },
            "Next": "Stop"
          },
          "Stop": { "Type": "Fail", "ErrorPath": "States.Format('E{}', $.code)", "CausePath": "States.Format(" }
        }
      }
      """;

  @Test
  void aValidDefinitionHasNoProblems() {
    assertThat(
            DefinitionValidator.validate(
                "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Succeed\"}}}"))
        .isEmpty();
  }

  @Test
  void textThatIsNotJson_isOneProblemAtTheRoot() {
    assertThat(DefinitionValidator.validate("{\"StartAt\": "))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.location()).isEqualTo("/");
              assertThat(problem.message()).startsWith("the definition is not valid JSON: ");
            });
  }

  @Test
  void noTextAtAll_isOneProblemAtTheRoot() {
    Problem empty =
        new Problem("/", "the definition is empty; expected a JSON object with StartAt and States");

    assertThat(DefinitionValidator.validate("  \n")).containsExactly(empty);
    assertThat(DefinitionValidator.validate((String) null)).containsExactly(empty);
  }

  @Test
  void aMissingTree_isReportedLikeANullDefinition() {
    assertThat(new DefinitionValidator().validate((JsonNode) null))
        .containsExactly(
            new Problem(
                "/", "the definition must be a JSON object with StartAt and States, got null"));
  }

  @Test
  void everyProblemIsReported_fieldProblemsFirstThenGraphProblems() {
    List<Problem> problems =
        DefinitionValidator.validate(
            """
            {
              "StartAt": "A",
              "States": {
                "A": { "Type": "Pass", "Next": "Missing" },
                "B": { "Type": "Wait", "End": true }
              }
            }
            """);

    assertThat(problems)
        .extracting(Problem::toString)
        .containsExactly(
            "/States/B: a Wait state needs one of Seconds, Timestamp, SecondsPath or TimestampPath",
            "/States/A/Next: no state named 'Missing' in the top-level States",
            "/States/B: state 'B' is unreachable: no Next, Default, Choices rule or Catch leads to"
                + " it from StartAt 'A'");
  }

  @Test
  void choiceRuleCheck_seesEachRuleObjectWhole_andItsMessagesAreLocatedAtTheRule() {
    List<JsonNode> seen = new ArrayList<>();
    ChoiceRuleCheck check =
        rule -> {
          seen.add(rule);
          return rule.has("NumericEquals") && rule.get("NumericEquals").isTextual()
              ? List.of("NumericEquals needs a number")
              : List.of();
        };

    List<Problem> problems =
        new DefinitionValidator(check, IntrinsicCheck.ACCEPT_ALL).validate(Json.parse(CHOICE));

    assertThat(seen).hasSize(2);
    assertThat(seen.get(0).get("Assign")).isEqualTo(Json.parse("{\"seen\":true}"));
    assertThat(problems)
        .extracting(Problem::toString)
        .containsExactly(
            "/States/Route/Choices[1]: a Choice rule must be a JSON object with a condition and"
                + " Next, got \"not a rule\"",
            "/States/Route/Choices[2]: NumericEquals needs a number");
  }

  @Test
  void intrinsicCheck_seesEveryIntrinsicCall_andItsMessagesAreLocatedAtTheField() {
    List<String> seen = new ArrayList<>();
    IntrinsicCheck check =
        call -> {
          seen.add(call);
          return call.endsWith("(") ? "the call is not closed" : null;
        };

    List<Problem> problems =
        new DefinitionValidator(ChoiceRuleCheck.ACCEPT_ALL, check).validateText(INTRINSICS);

    assertThat(seen)
        .containsExactly(
            "States.UUID()",
            "States.Bad(",
            "States.JsonToString($)",
            "States.Format('{}', $.name)",
            "States.Format('E{}', $.code)",
            "States.Format(");
    assertThat(problems)
        .containsExactly(
            new Problem("/States/Shape/Parameters/deep[0]/x.$", "the call is not closed"),
            new Problem("/States/Stop/CausePath", "the call is not closed"));
  }

  @Test
  void theDefaultChecks_acceptAnyChoiceRuleAndAnyIntrinsicCall() {
    assertThat(ChoiceRuleCheck.ACCEPT_ALL.check(Json.parse("{\"Nonsense\": 1}"))).isEmpty();
    assertThat(IntrinsicCheck.ACCEPT_ALL.check("States.Nonsense(")).isNull();
    assertThat(new DefinitionValidator().validateText(INTRINSICS)).isEmpty();
  }

  @Test
  void theChecksAreRequired() {
    assertThatThrownBy(() -> new DefinitionValidator(null, IntrinsicCheck.ACCEPT_ALL))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("choiceRuleCheck");
    assertThatThrownBy(() -> new DefinitionValidator(ChoiceRuleCheck.ACCEPT_ALL, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("intrinsicCheck");
  }
}
