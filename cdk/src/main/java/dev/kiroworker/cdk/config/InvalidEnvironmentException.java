package dev.kiroworker.cdk.config;

/** The chosen environment is missing, unknown or its configuration is not valid. */
public final class InvalidEnvironmentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidEnvironmentException(String message) {
    super(message);
  }
}
