package dev.kiroworker.statemachine.internal;

import dev.kiroworker.statemachine.StatesException;

/** Turns what a task handler threw into the error and cause Step Functions would show. */
final class TaskErrors {

  private TaskErrors() {}

  /**
   * A {@link StatesException} keeps its name; any other exception is named by its fully qualified
   * class name, as AWS Lambda names a Java handler's error ({@code errorType}).
   */
  static StatesException from(Throwable thrown) {
    if (thrown instanceof StatesException named) {
      return named;
    }
    return new StatesException(thrown.getClass().getName(), thrown.getMessage());
  }
}
