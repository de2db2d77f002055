package dev.kiroworker.worker.local.aws;

import java.util.ArrayList;
import java.util.List;

/** Splits a condition expression into tokens: words, placeholders, comparators, punctuation. */
final class ConditionTokens {

  private final List<String> tokens;
  private int next;

  private ConditionTokens(List<String> tokens) {
    this.tokens = tokens;
  }

  static ConditionTokens of(String expression) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < expression.length()) {
      char c = expression.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')' || c == ',' || c == '=') {
        tokens.add(String.valueOf(c));
        i++;
      } else if (c == '<' || c == '>') {
        int end = i + 1;
        if (end < expression.length()
            && (expression.charAt(end) == '=' || (c == '<' && expression.charAt(end) == '>'))) {
          end++;
        }
        tokens.add(expression.substring(i, end));
        i = end;
      } else if (isWordPart(c) || c == '#' || c == ':') {
        int end = i + 1;
        while (end < expression.length() && isWordPart(expression.charAt(end))) {
          end++;
        }
        tokens.add(expression.substring(i, end));
        i = end;
      } else {
        throw DynamoDbError.unsupported(
            "the character '" + c + "' in condition expressions (nested paths, lists, sets)");
      }
    }
    return new ConditionTokens(tokens);
  }

  private static boolean isWordPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  boolean hasNext() {
    return next < tokens.size();
  }

  /** The next token without taking it, or the empty string at the end. */
  String peek() {
    return hasNext() ? tokens.get(next) : "";
  }

  String take() {
    if (!hasNext()) {
      throw DynamoDbError.validation(
          "Invalid ConditionExpression: Syntax error; the expression ends too early");
    }
    return tokens.get(next++);
  }

  void expect(String token) {
    String found = hasNext() ? take() : "the end";
    if (!found.equals(token)) {
      throw DynamoDbError.validation(
          "Invalid ConditionExpression: Syntax error; expected '" + token + "' but found " + found);
    }
  }

  boolean takeKeyword(String keyword) {
    if (peek().equalsIgnoreCase(keyword)) {
      next++;
      return true;
    }
    return false;
  }
}
