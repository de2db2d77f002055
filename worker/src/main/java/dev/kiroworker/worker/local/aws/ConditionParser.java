package dev.kiroworker.worker.local.aws;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Parses a condition expression, resolving {@code #name} and {@code :value} placeholders, with
 * DynamoDB's precedence (NOT binds tighter than AND, AND tighter than OR). Anything beyond the
 * lock's grammar is refused by name, and placeholders are checked the way DynamoDB checks them: an
 * undefined one or an unused one is a ValidationException.
 */
final class ConditionParser {

  private static final Set<String> UNSUPPORTED_WORDS =
      Set.of("between", "in", "begins_with", "contains", "size", "attribute_type");
  private static final Set<String> SUPPORTED_VALUE_TYPES = Set.of("S", "N", "BOOL");

  private final ConditionTokens tokens;
  private final Map<String, String> names;
  private final Map<String, JsonNode> values;
  private final Set<String> usedNames = new HashSet<>();
  private final Set<String> usedValues = new HashSet<>();

  private ConditionParser(
      String expression, Map<String, String> names, Map<String, JsonNode> values) {
    this.tokens = ConditionTokens.of(expression);
    this.names = names;
    this.values = values;
  }

  /** Parses {@code expression}; throws a ValidationException-shaped {@link DynamoDbError}. */
  static Condition parse(
      String expression, Map<String, String> names, Map<String, JsonNode> values) {
    if (expression.isBlank()) {
      throw DynamoDbError.validation(
          "Invalid ConditionExpression: The expression can not be empty;");
    }
    ConditionParser parser = new ConditionParser(expression, names, values);
    Condition condition = parser.or();
    if (parser.tokens.hasNext()) {
      throw DynamoDbError.validation(
          "Invalid ConditionExpression: Syntax error; token: \"" + parser.tokens.peek() + "\"");
    }
    parser.rejectUnused("ExpressionAttributeNames", names.keySet(), parser.usedNames);
    parser.rejectUnused("ExpressionAttributeValues", values.keySet(), parser.usedValues);
    return condition;
  }

  private Condition or() {
    Condition condition = and();
    while (tokens.takeKeyword("OR")) {
      condition = new Condition.Or(condition, and());
    }
    return condition;
  }

  private Condition and() {
    Condition condition = not();
    while (tokens.takeKeyword("AND")) {
      condition = new Condition.And(condition, not());
    }
    return condition;
  }

  private Condition not() {
    if (tokens.takeKeyword("NOT")) {
      return new Condition.Not(not());
    }
    return primary();
  }

  private Condition primary() {
    if (tokens.peek().equals("(")) {
      tokens.take();
      Condition inner = or();
      tokens.expect(")");
      return inner;
    }
    String word = tokens.take();
    if (word.equals("attribute_exists") || word.equals("attribute_not_exists")) {
      tokens.expect("(");
      String attribute = attribute(tokens.take());
      tokens.expect(")");
      return new Condition.Exists(attribute, word.equals("attribute_exists"));
    }
    Condition.Operand left = operand(word);
    String symbol = tokens.take();
    Comparator comparator = Comparator.of(symbol).orElseThrow(() -> unsupportedWord(symbol));
    return new Condition.Comparison(left, comparator, operand(tokens.take()));
  }

  private Condition.Operand operand(String token) {
    if (token.startsWith(":")) {
      JsonNode value = values.get(token);
      if (value == null) {
        throw DynamoDbError.validation(
            "Invalid ConditionExpression: An expression attribute value used in expression is"
                + " not defined; attribute value: "
                + token);
      }
      String type = value.fieldNames().hasNext() ? value.fieldNames().next() : "";
      if (!SUPPORTED_VALUE_TYPES.contains(type)) {
        throw DynamoDbError.unsupported(
            "comparing attribute values of type '" + type + "' (only S, N and BOOL)");
      }
      usedValues.add(token);
      return new Condition.Literal(value);
    }
    return new Condition.Attribute(attribute(token));
  }

  private String attribute(String token) {
    if (token.startsWith("#")) {
      String name = names.get(token);
      if (name == null) {
        throw DynamoDbError.validation(
            "Invalid ConditionExpression: An expression attribute name used in the document path"
                + " is not defined; attribute name: "
                + token);
      }
      usedNames.add(token);
      return name;
    }
    if (token.startsWith(":") || !Character.isLetter(token.charAt(0)) || isKeyword(token)) {
      throw unsupportedWord(token);
    }
    return token;
  }

  private static boolean isKeyword(String token) {
    String lower = token.toLowerCase(Locale.ROOT);
    return UNSUPPORTED_WORDS.contains(lower) || Set.of("and", "or", "not").contains(lower);
  }

  private static DynamoDbError unsupportedWord(String token) {
    if (UNSUPPORTED_WORDS.contains(token.toLowerCase(Locale.ROOT))) {
      return DynamoDbError.unsupported(
          "'"
              + token
              + "' in condition expressions; it supports attribute_exists, attribute_not_exists,"
              + " = <> < <= > >=, AND, OR, NOT and parentheses");
    }
    return DynamoDbError.validation(
        "Invalid ConditionExpression: Syntax error; token: \"" + token + "\"");
  }

  private void rejectUnused(String parameter, Set<String> defined, Set<String> used) {
    Set<String> unused = new TreeSet<>(defined);
    unused.removeAll(used);
    if (!unused.isEmpty()) {
      throw DynamoDbError.validation(
          "Value provided in "
              + parameter
              + " unused in expressions: keys: {"
              + String.join(", ", unused)
              + "}");
    }
  }
}
