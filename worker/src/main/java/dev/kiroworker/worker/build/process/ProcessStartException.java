package dev.kiroworker.worker.build.process;

/** A command could not be started: its executable or its working directory does not exist. */
public final class ProcessStartException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  ProcessStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
