package dev.kiroworker.statemachine.choice;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads the structure of choice rules: which kind of rule, Next, and the fields around them. */
final class ChoiceRuleParser {

  private static final List<String> BOOLEAN_FIELDS = List.of("And", "Or", "Not");
  private static final List<String> PLAIN_FIELDS = List.of("Variable", "Next", "Assign", "Comment");

  private ChoiceRuleParser() {}

  static ChoiceBranch branch(JsonNode json) {
    requireObject(json);
    JsonNode next = json.get("Next");
    if (next == null) {
      throw new InvalidChoiceRuleException(
          "", "a choice rule in Choices needs Next, the state to go to when it matches");
    }
    if (!next.isTextual() || next.textValue().isEmpty()) {
      throw new InvalidChoiceRuleException(
          "Next", "Next must be a state name, got " + Quoting.describe(next));
    }
    JsonNode assign = json.get("Assign");
    if (assign != null && !assign.isObject()) {
      throw new InvalidChoiceRuleException(
          "Assign",
          "Assign must be a JSON object of variables to set, got " + Quoting.describe(assign));
    }
    return new ChoiceBranch(rule(json), next.textValue(), Optional.ofNullable(assign));
  }

  static ChoiceRule nested(JsonNode json) {
    requireObject(json);
    for (String field : List.of("Next", "Assign")) {
      if (json.has(field)) {
        throw new InvalidChoiceRuleException(
            field,
            "a rule inside And, Or or Not must not have "
                + field
                + "; only the rules directly in Choices have it");
      }
    }
    return rule(json);
  }

  private static ChoiceRule rule(JsonNode json) {
    checkFieldNames(json);
    List<String> booleans = BOOLEAN_FIELDS.stream().filter(json::has).toList();
    if (booleans.size() > 1) {
      throw new InvalidChoiceRuleException(
          "", "a choice rule has only one of And, Or and Not, found " + Quoting.names(booleans));
    }
    List<String> operators = operatorFields(json);
    if (booleans.isEmpty()) {
      return ComparisonParser.comparison(json, operators);
    }
    String kind = booleans.getFirst();
    List<String> extra =
        Stream.concat(
                json.has("Variable") ? Stream.of("Variable") : Stream.of(), operators.stream())
            .toList();
    if (!extra.isEmpty()) {
      throw new InvalidChoiceRuleException(
          "", "a choice rule with " + kind + " must not also have " + Quoting.names(extra, "or"));
    }
    return booleanRule(kind, json.get(kind));
  }

  private static ChoiceRule booleanRule(String kind, JsonNode value) {
    if (kind.equals("Not")) {
      if (!value.isObject()) {
        throw new InvalidChoiceRuleException(
            "Not", "Not needs one choice rule (a JSON object), got " + Quoting.describe(value));
      }
      return new Not(nestedAt("Not", value));
    }
    if (!value.isArray() || value.isEmpty()) {
      throw new InvalidChoiceRuleException(
          kind, kind + " needs a non-empty array of choice rules, got " + Quoting.describe(value));
    }
    List<ChoiceRule> rules = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      rules.add(nestedAt(kind + "[" + i + "]", value.get(i)));
    }
    return kind.equals("And") ? new And(rules) : new Or(rules);
  }

  private static ChoiceRule nestedAt(String location, JsonNode json) {
    try {
      return nested(json);
    } catch (InvalidChoiceRuleException e) {
      throw e.within(location);
    }
  }

  private static void requireObject(JsonNode json) {
    if (json == null || !json.isObject()) {
      throw new InvalidChoiceRuleException(
          "",
          "a choice rule must be a JSON object, got "
              + (json == null ? "nothing" : Quoting.describe(json)));
    }
  }

  private static List<String> operatorFields(JsonNode json) {
    List<String> operators = new ArrayList<>();
    json.fieldNames()
        .forEachRemaining(name -> Operator.named(name).ifPresent(op -> operators.add(name)));
    return operators.stream().sorted().toList();
  }

  // AWS refuses a field it does not support (SCHEMA_VALIDATION_FAILED, "Field '<name>' is not
  // supported"), which is also how a misspelt operator is caught.
  private static void checkFieldNames(JsonNode json) {
    json.fieldNames()
        .forEachRemaining(
            name -> {
              if (!isKnownField(name)) {
                throw new InvalidChoiceRuleException(
                    name,
                    "field "
                        + Quoting.quote(name)
                        + " is not supported in a choice rule"
                        + hint(name));
              }
            });
    JsonNode comment = json.get("Comment");
    if (comment != null && !comment.isTextual()) {
      throw new InvalidChoiceRuleException(
          "Comment", "Comment must be a string, got " + Quoting.describe(comment));
    }
  }

  private static boolean isKnownField(String name) {
    return PLAIN_FIELDS.contains(name)
        || BOOLEAN_FIELDS.contains(name)
        || Operator.named(name).isPresent();
  }

  private static String hint(String name) {
    if (name.endsWith("Path")
        && Operator.named(name.substring(0, name.length() - "Path".length())).isPresent()) {
      return "; " + name.substring(0, name.length() - "Path".length()) + " has no Path form";
    }
    return Stream.of(PLAIN_FIELDS, BOOLEAN_FIELDS, fieldNamesOfOperators())
        .flatMap(List::stream)
        .filter(known -> known.equalsIgnoreCase(name))
        .findFirst()
        .map(known -> "; did you mean " + known + "?")
        .orElse("");
  }

  private static List<String> fieldNamesOfOperators() {
    return Stream.of(Operator.values()).map(Operator::fieldName).toList();
  }
}
