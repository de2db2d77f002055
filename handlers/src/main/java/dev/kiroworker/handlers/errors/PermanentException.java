package dev.kiroworker.handlers.errors;

/**
 * A failure that no retry will fix: bad credentials, missing permissions, something that does not
 * exist, invalid configuration or input. The message says what to fix. The workflow does not retry
 * it.
 */
public final class PermanentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PermanentException(String message) {
    super(message);
  }

  public PermanentException(String message, Throwable cause) {
    super(message, cause);
  }
}
