package dev.kiroworker.statemachine.intrinsics;

/**
 * An intrinsic function failed while it ran; the message is what AWS puts after "had the following
 * error:" in the cause.
 */
final class FunctionError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  FunctionError(String message) {
    super(message);
  }
}
