package dev.kiroworker.statemachine.diagram;

import dev.kiroworker.statemachine.choice.And;
import dev.kiroworker.statemachine.choice.ChoiceRule;
import dev.kiroworker.statemachine.choice.Comparison;
import dev.kiroworker.statemachine.choice.Not;
import dev.kiroworker.statemachine.choice.Operand;
import dev.kiroworker.statemachine.choice.Operator;
import dev.kiroworker.statemachine.choice.Or;
import dev.kiroworker.statemachine.choice.Relation;
import dev.kiroworker.statemachine.json.Json;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A choice rule as a short condition for an edge label, e.g. {@code $.lock.acquired == true}. A
 * condition longer than {@link #MAX_LENGTH} is shortened: an {@code And} or {@code Or} to its first
 * rule and a count of the others ({@code $.a == 1 and 2 more}), anything else to {@code rule N}. An
 * edge label that wraps over several lines hides the arrows around it, and the definition has the
 * full rule.
 */
final class ChoiceLabel {

  /** The longest condition shown in full. */
  static final int MAX_LENGTH = 48;

  private ChoiceLabel() {}

  /** The label of the rule at {@code index} (0-based) in a Choice state's {@code Choices}. */
  static String of(ChoiceRule rule, int index) {
    String condition = condition(rule);
    if (condition.length() <= MAX_LENGTH) {
      return condition;
    }
    String shortened =
        switch (rule) {
          case And and when and.rules().size() > 1 -> firstAndCount(and.rules(), " and ");
          case Or or when or.rules().size() > 1 -> firstAndCount(or.rules(), " or ");
          default -> condition;
        };
    return shortened.length() <= MAX_LENGTH ? shortened : "rule " + (index + 1);
  }

  private static String firstAndCount(List<ChoiceRule> rules, String operator) {
    return nested(rules.getFirst()) + operator + (rules.size() - 1) + " more";
  }

  static String condition(ChoiceRule rule) {
    return switch (rule) {
      case Comparison comparison -> comparison(comparison);
      case Not not -> "not " + nested(not.rule());
      case And and -> joined(and.rules(), " and ");
      case Or or -> joined(or.rules(), " or ");
    };
  }

  private static String joined(List<ChoiceRule> rules, String operator) {
    return rules.stream().map(ChoiceLabel::nested).collect(Collectors.joining(operator));
  }

  /** A rule inside another: combinations get parentheses so the grouping stays visible. */
  private static String nested(ChoiceRule rule) {
    String condition = condition(rule);
    return rule instanceof And || rule instanceof Or ? "(" + condition + ")" : condition;
  }

  private static String comparison(Comparison comparison) {
    Operator operator = comparison.operator();
    String variable = comparison.variable();
    return switch (comparison.operand()) {
      case Operand.FromPath path -> variable + " " + symbol(operator) + " " + path.path();
      case Operand.Literal literal when operator.relation() == Relation.IS ->
          variable + " " + typeTest(operator, literal.value().booleanValue());
      case Operand.Literal literal -> variable + " " + symbol(operator) + " " + literal(literal);
    };
  }

  private static String literal(Operand.Literal literal) {
    // Single quotes read better than JSON's double ones, which a label would have to escape.
    return literal.value().isTextual()
        ? "'" + literal.value().textValue() + "'"
        : Json.write(literal.value());
  }

  private static String symbol(Operator operator) {
    return switch (operator.relation()) {
      case EQUALS -> "==";
      case LESS_THAN -> "<";
      case GREATER_THAN -> ">";
      case LESS_THAN_EQUALS -> "<=";
      case GREATER_THAN_EQUALS -> ">=";
      case MATCHES -> "matches";
      case IS -> throw new IllegalArgumentException(operator.fieldName() + " is a type test");
    };
  }

  /** {@code IsNull: true} reads "is null", {@code IsPresent: false} "is absent", and so on. */
  private static String typeTest(Operator operator, boolean expected) {
    String is = expected ? "is " : "is not ";
    return switch (operator) {
      case IS_PRESENT -> expected ? "is present" : "is absent";
      case IS_NULL -> is + "null";
      case IS_NUMERIC -> is + "a number";
      case IS_STRING -> is + "a string";
      case IS_BOOLEAN -> is + "a boolean";
      case IS_TIMESTAMP -> is + "a timestamp";
      default -> throw new IllegalArgumentException(operator.fieldName() + " is not a type test");
    };
  }
}
