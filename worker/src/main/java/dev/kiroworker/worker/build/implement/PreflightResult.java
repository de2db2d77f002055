package dev.kiroworker.worker.build.implement;

import java.util.Optional;

/**
 * How the preflight ended.
 *
 * @param ran false when it is turned off
 * @param exitCode its exit code; -1 when it timed out or could not start, 0 when it did not run
 * @param problem why the agent cannot be used, in plain words; null when it can
 */
public record PreflightResult(boolean ran, int exitCode, String problem) {

  /** The preflight is turned off. */
  static PreflightResult skipped() {
    return new PreflightResult(false, 0, null);
  }

  /** Whether the agent may be given tasks. */
  public boolean passed() {
    return problem == null;
  }

  /** Why the agent cannot be used, when it cannot. */
  public Optional<String> failure() {
    return Optional.ofNullable(problem);
  }
}
