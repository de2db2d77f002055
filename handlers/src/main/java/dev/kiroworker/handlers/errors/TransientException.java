package dev.kiroworker.handlers.errors;

/**
 * A failure that may well pass on a later attempt: GitHub 5xx or rate limits, timeouts, AWS
 * throttling. The workflow retries it with backoff.
 */
public final class TransientException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TransientException(String message) {
    super(message);
  }

  public TransientException(String message, Throwable cause) {
    super(message, cause);
  }
}
