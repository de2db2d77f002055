package dev.kiroworker.worker.build.checkout;

/** The branch could not be checked out, or it does not hold the spec files the worker needs. */
public final class CheckoutFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  CheckoutFailedException(String message) {
    super(message);
  }
}
