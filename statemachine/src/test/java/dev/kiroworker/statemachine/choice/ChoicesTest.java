package dev.kiroworker.statemachine.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import dev.kiroworker.statemachine.StatesErrors;
import dev.kiroworker.statemachine.StatesException;
import dev.kiroworker.statemachine.json.Json;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Picking the next state from a Choice state's rules and Default. */
class ChoicesTest {

  private static final JsonNode NO_CONTEXT = Json.object();

  private final Choices choices =
      Choices.parse(
          Json.parse(
              """
              {"Type": "Choice",
               "Choices": [
                 {"Variable": "$.n", "NumericGreaterThan": 100, "Next": "Big",
                  "Assign": {"size": "big"}},
                 {"Variable": "$.n", "NumericGreaterThan": 0, "Next": "Positive"}],
               "Default": "Other"}
              """));

  @Test
  void firstMatch_isTheFirstBranchThatHolds_withItsAssign() {
    Optional<ChoiceBranch> match = choices.firstMatch(Json.parse("{\"n\":500}"), NO_CONTEXT);

    assertThat(match).map(ChoiceBranch::next).contains("Big");
    assertThat(match.flatMap(ChoiceBranch::assign)).contains(Json.parse("{\"size\":\"big\"}"));
  }

  @Test
  void firstMatch_isEmptyWhenNoRuleHolds_evenWithADefault() {
    assertThat(choices.firstMatch(Json.parse("{\"n\":-1}"), NO_CONTEXT)).isEmpty();
    assertThat(choices.nextState(Json.parse("{\"n\":-1}"), NO_CONTEXT)).isEqualTo("Other");
  }

  @Test
  void nextState_triesRulesInOrder() {
    assertThat(choices.nextState(Json.parse("{\"n\":5}"), NO_CONTEXT)).isEqualTo("Positive");
    assertThat(choices.nextState(Json.parse("{\"n\":101}"), NO_CONTEXT)).isEqualTo("Big");
  }

  @Test
  void nextState_withoutMatchOrDefault_failsWithNoChoiceMatched() {
    Choices noDefault = new Choices(choices.branches(), Optional.empty());

    assertThatThrownBy(() -> noDefault.nextState(Json.parse("{\"n\":0}"), NO_CONTEXT))
        .isInstanceOfSatisfying(
            StatesException.class,
            e -> {
              assertThat(e.error()).isEqualTo(StatesErrors.NO_CHOICE_MATCHED);
              assertThat(e.cause()).contains("no Default");
            });
  }

  @Test
  void parse_readsDefault() {
    assertThat(choices.defaultState()).contains("Other");
    assertThat(choices.branches())
        .extracting(ChoiceBranch::next)
        .containsExactly("Big", "Positive");
  }

  @Test
  void emptyChoices_cannotBeBuilt() {
    assertThatThrownBy(() -> new Choices(List.of(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void choicesThatAreNotAnArray_areReportedWithTheirValue() {
    assertThatThrownBy(() -> Choices.parse(Json.parse("{\"Choices\":{}}")))
        .isInstanceOfSatisfying(
            InvalidChoiceRuleException.class,
            e -> {
              assertThat(e.location()).isEqualTo("Choices");
              assertThat(e.getMessage())
                  .isEqualTo(
                      "Choices: a Choice state needs Choices, a non-empty array of choice rules,"
                          + " got {}");
            });
  }

  @Test
  void ruleRecords_refuseInconsistentParts() {
    Comparison present =
        new Comparison("$.a", Operator.IS_PRESENT, new Operand.Literal(BooleanNode.TRUE));

    assertThatThrownBy(() -> new And(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Or(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new Comparison(
                    "$.a", Operator.STRING_EQUALS_PATH, new Operand.Literal(BooleanNode.TRUE)))
        .hasMessage("StringEqualsPath needs a path");
    assertThatThrownBy(
            () -> new Comparison("$.a", Operator.STRING_EQUALS, new Operand.FromPath("$.b")))
        .hasMessage("StringEquals needs a literal");
    assertThat(new Not(present).matches(Json.parse("{}"), NO_CONTEXT)).isTrue();
  }
}
