package dev.kiroworker.statemachine.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import dev.kiroworker.statemachine.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model a parsed rule becomes, and messages for malformed rules. */
class ChoiceRuleParsingTest {

  @Test
  void comparisonWithLiteral_becomesAComparisonRecord() {
    ChoiceRule rule = ChoiceRule.parse(Json.parse("{\"Variable\":\"$.n\",\"NumericEquals\":1}"));

    assertThat(rule)
        .isEqualTo(
            new Comparison(
                "$.n", Operator.NUMERIC_EQUALS, new Operand.Literal(IntNode.valueOf(1))));
  }

  @Test
  void pathOperator_keepsTheOperandAsAPath() {
    ChoiceRule rule =
        ChoiceRule.parse(
            Json.parse("{\"Variable\":\"$.rating\",\"NumericGreaterThanPath\":\"$.limit\"}"));

    assertThat(rule)
        .isEqualTo(
            new Comparison(
                "$.rating", Operator.NUMERIC_GREATER_THAN_PATH, new Operand.FromPath("$.limit")));
  }

  @Test
  void booleanExpressions_nestInOrder() {
    ChoiceRule rule =
        ChoiceRule.parse(
            Json.parse(
                "{\"Or\":[{\"Not\":{\"Variable\":\"$.a\",\"IsNull\":true}},"
                    + "{\"And\":[{\"Variable\":\"$.b\",\"IsPresent\":true}],\"Comment\":\"why\"}]}"));

    Comparison aIsNull =
        new Comparison("$.a", Operator.IS_NULL, new Operand.Literal(BooleanNode.TRUE));
    Comparison bIsPresent =
        new Comparison("$.b", Operator.IS_PRESENT, new Operand.Literal(BooleanNode.TRUE));
    assertThat(rule).isEqualTo(new Or(List.of(new Not(aIsNull), new And(List.of(bIsPresent)))));
  }

  @Test
  void branch_keepsNextAndAssign() {
    ChoiceBranch branch =
        ChoiceBranch.parse(
            Json.parse(
                "{\"Variable\":\"$.a\",\"IsPresent\":true,\"Next\":\"Found\","
                    + "\"Assign\":{\"found\":true},\"Comment\":\"top level\"}"));

    assertThat(branch.next()).isEqualTo("Found");
    assertThat(branch.assign()).contains(Json.parse("{\"found\":true}"));
    assertThat(branch.rule()).isInstanceOf(Comparison.class);
  }

  @Test
  void branchWithoutAssign_hasNone() {
    ChoiceBranch branch =
        ChoiceBranch.parse(Json.parse("{\"Variable\":\"$.a\",\"IsPresent\":true,\"Next\":\"X\"}"));

    assertThat(branch.assign()).isEmpty();
  }

  @Test
  void nestedRuleParser_refusesATopLevelRuleWithNext() {
    JsonNode topLevel = Json.parse("{\"Variable\":\"$.a\",\"IsPresent\":true,\"Next\":\"X\"}");

    assertThatThrownBy(() -> ChoiceRule.parse(topLevel))
        .isInstanceOf(InvalidChoiceRuleException.class)
        .hasMessage(
            "Next: a rule inside And, Or or Not must not have Next;"
                + " only the rules directly in Choices have it");
  }

  @Test
  void missingRule_isReportedAsNothing() {
    assertThatThrownBy(() -> ChoiceRule.parse(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a choice rule must be a JSON object, got nothing");
  }

  @Test
  void longValues_areShortenedInMessages() {
    String longText = "x".repeat(100);
    assertThatThrownBy(
            () ->
                ChoiceRule.parse(
                    Json.parse("{\"Variable\":\"$.a\",\"NumericEquals\":\"" + longText + "\"}")))
        .hasMessageEndingWith("got \"" + "x".repeat(59) + "…");
  }

  @Test
  void threeOperators_areListedInOrder() {
    assertThatThrownBy(
            () ->
                ChoiceRule.parse(
                    Json.parse(
                        "{\"Variable\":\"$.a\",\"StringEquals\":\"x\",\"IsNull\":true,"
                            + "\"BooleanEquals\":true}")))
        .hasMessage(
            "a choice rule needs exactly one comparison operator,"
                + " found BooleanEquals, IsNull and StringEquals");
  }

  @Test
  void contextPaths_areAcceptedAsVariables() {
    ChoiceRule rule =
        ChoiceRule.parse(Json.parse("{\"Variable\":\"$$.Execution.Id\",\"IsString\":true}"));

    assertThat(((Comparison) rule).variable()).isEqualTo("$$.Execution.Id");
  }
}
