package dev.kiroworker.worker.build.steering;

/**
 * The pack cannot be synced into the target repository: the target is not a folder, a path is a
 * symbolic link, the state file is corrupt, or a file cannot be read or written.
 */
public final class SteeringSyncException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SteeringSyncException(String message) {
    super(message);
  }

  public SteeringSyncException(String message, Throwable cause) {
    super(message, cause);
  }
}
