package dev.kiroworker.statemachine.validation;

/**
 * Checks the syntax of one intrinsic function call such as {@code States.Format('{}', $.name)}; the
 * validator itself only checks that the text starts with {@code States.}.
 *
 * <p>The validator calls it for every string that is used as an intrinsic function: the value of a
 * field ending in {@code .$} (in Parameters, ResultSelector, ItemSelector and Assign) and the value
 * of a Fail state's ErrorPath or CausePath, whenever the text starts with {@code States.}. A
 * returned message becomes a problem located at that field.
 */
@FunctionalInterface
public interface IntrinsicCheck {

  /** Accepts every call: the default until the intrinsic function parser is wired in. */
  IntrinsicCheck ACCEPT_ALL = call -> null;

  /**
   * What is wrong with {@code call}, as a plain sentence; {@code null} when nothing is.
   *
   * @param call the whole text, starting with {@code States.}
   */
  String check(String call);
}
