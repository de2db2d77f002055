package dev.kiroworker.statemachine.validation;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.kiroworker.statemachine.json.Json;
import java.util.List;
import java.util.Objects;

/**
 * Checks an Amazon States Language definition (query language JSONPath) the way AWS Step Functions
 * does when it is created, and returns every problem found, each with its location, instead of
 * stopping at the first: first each state's own fields, in document order, then the graph
 * (transitions, terminal states, reachability) of every scope.
 *
 * <p>The inside of Choice rules and the syntax of intrinsic function calls are checked by the
 * {@link ChoiceRuleCheck} and {@link IntrinsicCheck} given to the constructor; both accept
 * everything by default.
 */
public final class DefinitionValidator {

  private final ChoiceRuleCheck choiceRuleCheck;
  private final IntrinsicCheck intrinsicCheck;

  /** A validator that accepts every Choice rule and intrinsic function call it sees. */
  public DefinitionValidator() {
    this(ChoiceRuleCheck.ACCEPT_ALL, IntrinsicCheck.ACCEPT_ALL);
  }

  public DefinitionValidator(ChoiceRuleCheck choiceRuleCheck, IntrinsicCheck intrinsicCheck) {
    this.choiceRuleCheck = Objects.requireNonNull(choiceRuleCheck, "choiceRuleCheck");
    this.intrinsicCheck = Objects.requireNonNull(intrinsicCheck, "intrinsicCheck");
  }

  /** Checks the default way (see {@link #DefinitionValidator()}) a definition given as text. */
  public static List<Problem> validate(String definitionJson) {
    return new DefinitionValidator().validateText(definitionJson);
  }

  /** Every problem in {@code definition}; empty when it is valid. */
  public List<Problem> validate(JsonNode definition) {
    ValidationContext context = new ValidationContext(choiceRuleCheck, intrinsicCheck);
    MachineChecker.check(
        definition == null ? NullNode.getInstance() : definition,
        Location.ROOT,
        MachineChecker.Kind.TOP_LEVEL,
        context);
    GraphChecker.check(context);
    return context.problems();
  }

  /** Like {@link #validate(JsonNode)}, for JSON text; text that is not JSON is a problem at /. */
  public List<Problem> validateText(String definitionJson) {
    if (definitionJson == null || definitionJson.isBlank()) {
      return List.of(
          new Problem(
              Location.ROOT.toString(),
              "the definition is empty; expected a JSON object with StartAt and States"));
    }
    JsonNode definition;
    try {
      definition = Json.parse(definitionJson);
    } catch (IllegalArgumentException e) {
      return List.of(
          new Problem(
              Location.ROOT.toString(), "the definition is not valid JSON: " + describe(e)));
    }
    return validate(definition);
  }

  private static String describe(IllegalArgumentException e) {
    if (!(e.getCause() instanceof JsonProcessingException parsing)) {
      return e.getMessage();
    }
    JsonLocation where = parsing.getLocation();
    return parsing.getOriginalMessage()
        + (where == null
            ? ""
            : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")");
  }
}
