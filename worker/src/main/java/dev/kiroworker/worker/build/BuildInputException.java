package dev.kiroworker.worker.build;

/**
 * A build step's input is missing or invalid: an environment variable, a configuration file, a
 * branch name. The message says what is wrong and how to fix it; no stack trace is needed.
 */
public class BuildInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public BuildInputException(String message) {
    super(message);
  }

  public BuildInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
