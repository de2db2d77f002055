package dev.kiroworker.worker.build.runner;

import dev.kiroworker.worker.build.BuildInputException;
import java.util.List;

/**
 * A buildspec, or what a build needs before it starts (a secret, an override), is invalid. Thrown
 * before any command runs; the message lists every problem with its location in the buildspec.
 */
public final class BuildspecException extends BuildInputException {

  private static final long serialVersionUID = 1L;

  public BuildspecException(String message) {
    super(message);
  }

  /** {@code headline}, then each problem on its own indented line. */
  static BuildspecException listing(String headline, List<String> problems) {
    StringBuilder message = new StringBuilder(headline);
    problems.forEach(problem -> message.append("\n  ").append(problem));
    return new BuildspecException(message.toString());
  }
}
