package dev.kiroworker.testsupport;

/** An emulator process could not be started or did not announce its port in time. */
public final class EmulatorStartException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  EmulatorStartException(String message) {
    super(message);
  }

  EmulatorStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
