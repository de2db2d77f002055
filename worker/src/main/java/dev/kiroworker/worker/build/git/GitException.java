package dev.kiroworker.worker.build.git;

import dev.kiroworker.worker.build.process.ProcessResult;

/** A git command failed; the message is scrubbed and says what was being done. */
public final class GitException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient ProcessResult result;

  public GitException(String message, ProcessResult result) {
    super(message);
    this.result = result;
  }

  /** How git ended: its exit code, whether it timed out, its output. */
  public ProcessResult result() {
    return result;
  }
}
