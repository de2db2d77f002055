package dev.kiroworker.statemachine.choice;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Choice state's rules in order, and its {@code Default}: decides the state that comes next.
 *
 * @param branches the elements of {@code Choices}, in the order they are tried
 * @param defaultState where to go when no rule matches
 */
public record Choices(List<ChoiceBranch> branches, Optional<String> defaultState) {

  public Choices {
    branches = List.copyOf(branches);
    Objects.requireNonNull(defaultState, "defaultState");
    if (branches.isEmpty()) {
      throw new IllegalArgumentException("a Choice state needs at least one choice rule");
    }
  }

  /**
   * Reads {@code Choices} and {@code Default} from a Choice state.
   *
   * @throws InvalidChoiceRuleException naming the field that is wrong, e.g. {@code
   *     Choices[2]/And[0]/Variable}
   */
  public static Choices parse(JsonNode choiceState) {
    JsonNode choices = choiceState.path("Choices");
    if (!choices.isArray() || choices.isEmpty()) {
      throw new InvalidChoiceRuleException(
          "Choices",
          "a Choice state needs Choices, a non-empty array of choice rules"
              + (choices.isMissingNode() ? "" : ", got " + Quoting.describe(choices)));
    }
    List<ChoiceBranch> branches = new ArrayList<>();
    for (int i = 0; i < choices.size(); i++) {
      try {
        branches.add(ChoiceBranch.parse(choices.get(i)));
      } catch (InvalidChoiceRuleException e) {
        throw e.within("Choices[" + i + "]");
      }
    }
    return new Choices(branches, defaultState(choiceState.get("Default")));
  }

  /** The first branch whose rule matches, trying them in order. */
  public Optional<ChoiceBranch> firstMatch(JsonNode input, JsonNode context) {
    return branches.stream().filter(branch -> branch.rule().matches(input, context)).findFirst();
  }

  /**
   * The next state: the first matching branch's {@code Next}, else the {@code Default}.
   *
   * @throws dev.kiroworker.statemachine.StatesException {@code States.NoChoiceMatched} when no rule
   *     matches and there is no Default; {@code States.Runtime} when a rule's path selects nothing
   */
  public String nextState(JsonNode input, JsonNode context) {
    return firstMatch(input, context)
        .map(ChoiceBranch::next)
        .or(() -> defaultState)
        .orElseThrow(ChoiceFailures::noChoiceMatched);
  }

  private static Optional<String> defaultState(JsonNode value) {
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isTextual() || value.textValue().isEmpty()) {
      throw new InvalidChoiceRuleException(
          "Default", "Default must be a state name, got " + Quoting.describe(value));
    }
    return Optional.of(value.textValue());
  }
}
