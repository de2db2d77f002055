package dev.kiroworker.cdk.build;

/** {@code buildspec.yml} cannot be deployed as it is; the message says what to change. */
public final class InvalidBuildSpecException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidBuildSpecException(String message) {
    super(message);
  }

  public InvalidBuildSpecException(String message, Throwable cause) {
    super(message, cause);
  }
}
