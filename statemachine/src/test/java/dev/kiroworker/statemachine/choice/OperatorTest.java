package dev.kiroworker.statemachine.choice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The operator table against the list AWS documents. */
class OperatorTest {

  // The list in the AWS developer guide, "Choice workflow state", Choice Rules (JSONPath).
  private static final List<String> AWS_OPERATORS =
      List.of(
          "BooleanEquals",
          "BooleanEqualsPath",
          "IsBoolean",
          "IsNull",
          "IsNumeric",
          "IsPresent",
          "IsString",
          "IsTimestamp",
          "NumericEquals",
          "NumericEqualsPath",
          "NumericGreaterThan",
          "NumericGreaterThanPath",
          "NumericGreaterThanEquals",
          "NumericGreaterThanEqualsPath",
          "NumericLessThan",
          "NumericLessThanPath",
          "NumericLessThanEquals",
          "NumericLessThanEqualsPath",
          "StringEquals",
          "StringEqualsPath",
          "StringGreaterThan",
          "StringGreaterThanPath",
          "StringGreaterThanEquals",
          "StringGreaterThanEqualsPath",
          "StringLessThan",
          "StringLessThanPath",
          "StringLessThanEquals",
          "StringLessThanEqualsPath",
          "StringMatches",
          "TimestampEquals",
          "TimestampEqualsPath",
          "TimestampGreaterThan",
          "TimestampGreaterThanPath",
          "TimestampGreaterThanEquals",
          "TimestampGreaterThanEqualsPath",
          "TimestampLessThan",
          "TimestampLessThanPath",
          "TimestampLessThanEquals",
          "TimestampLessThanEqualsPath");

  @Test
  void operators_areExactlyTheOnesAwsDocuments() {
    assertThat(Arrays.stream(Operator.values()).map(Operator::fieldName))
        .containsExactlyInAnyOrderElementsOf(AWS_OPERATORS);
    assertThat(AWS_OPERATORS).allSatisfy(name -> assertThat(Operator.named(name)).isPresent());
  }

  @Test
  void pathForms_endInPath_andCompareLikeTheirLiteralForm() {
    for (Operator operator : Operator.values()) {
      assertThat(operator.isPath()).isEqualTo(operator.fieldName().endsWith("Path"));
      if (operator.isPath()) {
        String literalName = operator.fieldName().replaceFirst("Path$", "");
        Operator literal = Operator.named(literalName).orElseThrow();
        assertThat(literal.valueType()).isEqualTo(operator.valueType());
        assertThat(literal.relation()).isEqualTo(operator.relation());
      }
    }
  }

  @Test
  void stringMatches_hasNoPathForm() {
    assertThat(Operator.named("StringMatchesPath")).isEmpty();
    assertThat(Operator.STRING_MATCHES.relation()).isEqualTo(Relation.MATCHES);
  }

  @Test
  void typeTests_relateByIs_andTestTheirType() {
    assertThat(Operator.IS_NULL.valueType()).isEqualTo(ValueType.NULL);
    assertThat(Operator.IS_PRESENT.valueType()).isEqualTo(ValueType.ANY);
    assertThat(Operator.IS_TIMESTAMP.valueType()).isEqualTo(ValueType.TIMESTAMP);
    assertThat(Arrays.stream(Operator.values()).filter(op -> op.relation() == Relation.IS))
        .allSatisfy(op -> assertThat(op.fieldName()).startsWith("Is"))
        .hasSize(6);
  }

  @Test
  void named_unknownOrWrongCase_isEmpty() {
    assertThat(Operator.named("StringEqual")).isEmpty();
    assertThat(Operator.named("stringEquals")).isEmpty();
    assertThat(Operator.named("Variable")).isEmpty();
  }

  @Test
  void orderingRelations_acceptComparisonResults_typeTestsAndMatchingNever() {
    assertThat(Relation.EQUALS.accepts(0)).isTrue();
    assertThat(Relation.EQUALS.accepts(1)).isFalse();
    assertThat(Relation.LESS_THAN.accepts(-1)).isTrue();
    assertThat(Relation.LESS_THAN.accepts(0)).isFalse();
    assertThat(Relation.GREATER_THAN.accepts(1)).isTrue();
    assertThat(Relation.GREATER_THAN.accepts(0)).isFalse();
    assertThat(Relation.LESS_THAN_EQUALS.accepts(0)).isTrue();
    assertThat(Relation.LESS_THAN_EQUALS.accepts(1)).isFalse();
    assertThat(Relation.GREATER_THAN_EQUALS.accepts(0)).isTrue();
    assertThat(Relation.GREATER_THAN_EQUALS.accepts(-1)).isFalse();
    assertThat(Relation.MATCHES.accepts(0)).isFalse();
    assertThat(Relation.IS.accepts(0)).isFalse();
  }

  @Test
  void valueTypes_describeTheirJsonValues() {
    assertThat(ValueType.ANY.describes(NullNode.getInstance())).isTrue();
    assertThat(ValueType.NULL.describes(NullNode.getInstance())).isTrue();
    assertThat(ValueType.TIMESTAMP.describes(TextNode.valueOf("2016-03-14T01:59:00Z"))).isTrue();
    assertThat(ValueType.TIMESTAMP.describes(TextNode.valueOf("yesterday"))).isFalse();
    assertThat(ValueType.STRING.describes(NullNode.getInstance())).isFalse();
  }
}
