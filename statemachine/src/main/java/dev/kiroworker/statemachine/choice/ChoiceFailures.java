package dev.kiroworker.statemachine.choice;

import dev.kiroworker.statemachine.StatesErrors;
import dev.kiroworker.statemachine.StatesException;

/**
 * The runtime errors a Choice state raises. The causes are what AWS reports after its {@code An
 * error occurred while executing the state 'X' (entered at the event id #N).} prefix, which the
 * caller adds because only it knows the state and the event.
 */
public final class ChoiceFailures {

  private ChoiceFailures() {}

  /** A comparison's Variable selected nothing (every operator but {@code IsPresent}). */
  public static StatesException missingVariable(String path) {
    return StatesException.runtime(
        "Invalid path '"
            + path
            + "': The choice state's condition path references an invalid value.");
  }

  /** A {@code ...Path} operator's operand path selected nothing. */
  public static StatesException missingOperandPath(String path) {
    return StatesException.runtime(
        "Invalid path '"
            + path
            + "': The choice state's comparison path references an invalid value.");
  }

  /** No rule matched and the Choice state has no Default. */
  public static StatesException noChoiceMatched() {
    return new StatesException(
        StatesErrors.NO_CHOICE_MATCHED,
        "No Choice Rule matched the input and the Choice state has no Default.");
  }
}
