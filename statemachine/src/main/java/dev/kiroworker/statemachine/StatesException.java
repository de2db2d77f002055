package dev.kiroworker.statemachine;

/**
 * A named States Language error with its cause, as Step Functions reports it: the {@code Error} and
 * {@code Cause} that Retry and Catch match on and that a failed execution ends with.
 */
public class StatesException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String error;
  private final String cause;

  public StatesException(String error, String cause) {
    this(requireName(error), cause, true);
  }

  /** For a Fail state without an Error field: AWS then reports no error name at all. */
  protected StatesException(String error, String cause, boolean named) {
    super(error == null ? String.valueOf(cause) : cause == null ? error : error + ": " + cause);
    this.error = error;
    this.cause = cause;
  }

  private static String requireName(String error) {
    if (error == null || error.isEmpty()) {
      throw new IllegalArgumentException("a States error needs a name");
    }
    return error;
  }

  /** {@code States.Runtime}: a runtime error no Retry or Catch handles (AWS behaviour). */
  public static StatesException runtime(String cause) {
    return new StatesException(StatesErrors.RUNTIME, cause);
  }

  /**
   * The error name, e.g. {@code States.TaskFailed} or a Java exception's class name; null only for
   * a Fail state that gives none.
   */
  public String error() {
    return error;
  }

  /** The human-readable cause; may be null, as in AWS when a Fail state gives none. */
  public String cause() {
    return cause;
  }
}
