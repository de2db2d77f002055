package dev.kiroworker.worker.build.steering;

import java.util.List;

/**
 * The steering pack itself is broken: its manifest is missing or invalid, or a file does not match
 * its recorded hash. This is a defect in the kiro-worker build, not in the target repository.
 */
public final class SteeringPackException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SteeringPackException(String message) {
    super(message);
  }

  /** Every problem found in the pack at {@code where}, one per line, reported at once. */
  static SteeringPackException listing(String where, List<String> problems) {
    StringBuilder message = new StringBuilder("the steering pack at " + where + " is invalid:");
    problems.forEach(problem -> message.append("\n  ").append(problem));
    return new SteeringPackException(message.toString());
  }
}
