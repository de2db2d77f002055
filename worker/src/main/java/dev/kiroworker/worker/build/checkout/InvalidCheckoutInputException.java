package dev.kiroworker.worker.build.checkout;

/** A branch name, spec path or remote URL was refused before any git command ran. */
public final class InvalidCheckoutInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  InvalidCheckoutInputException(String message) {
    super(message);
  }
}
