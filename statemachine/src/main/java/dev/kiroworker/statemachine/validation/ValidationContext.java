package dev.kiroworker.statemachine.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one validation run shares: the problems found so far, the extension checks, the scopes
 * waiting for the graph pass and the state names seen across the whole machine.
 */
final class ValidationContext {

  private final List<Problem> problems = new ArrayList<>();
  private final List<Scope> scopes = new ArrayList<>();
  private final Map<String, Location> stateNames = new HashMap<>();
  private final ChoiceRuleCheck choiceRuleCheck;
  private final IntrinsicCheck intrinsicCheck;

  ValidationContext(ChoiceRuleCheck choiceRuleCheck, IntrinsicCheck intrinsicCheck) {
    this.choiceRuleCheck = choiceRuleCheck;
    this.intrinsicCheck = intrinsicCheck;
  }

  void report(Location location, String message) {
    problems.add(new Problem(location.toString(), message));
  }

  List<Problem> problems() {
    return List.copyOf(problems);
  }

  ChoiceRuleCheck choiceRuleCheck() {
    return choiceRuleCheck;
  }

  IntrinsicCheck intrinsicCheck() {
    return intrinsicCheck;
  }

  /** Registers a state machine (top level, branch or Map processor) for the graph pass. */
  void addScope(Scope scope) {
    scopes.add(scope);
  }

  List<Scope> scopes() {
    return scopes;
  }

  /**
   * Records a state name; reports it when another state anywhere in the machine already has it
   * (AWS: state names are unique across the whole state machine, nested ones included).
   */
  void registerStateName(String name, Location location) {
    Location earlier = stateNames.putIfAbsent(name, location);
    if (earlier != null) {
      report(
          location,
          "state name '"
              + name
              + "' is already used at "
              + earlier
              + "; state names must be unique across the whole state machine,"
              + " Parallel branches and Map processors included");
    }
  }
}
