package dev.kiroworker.worker.build.process;

/** The thread waiting for a command was interrupted; the command's process tree was killed. */
public final class ProcessInterruptedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  ProcessInterruptedException(String message, Throwable cause) {
    super(message, cause);
  }
}
