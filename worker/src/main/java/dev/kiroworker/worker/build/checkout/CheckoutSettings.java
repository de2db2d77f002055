package dev.kiroworker.worker.build.checkout;

import java.time.Duration;
import java.util.Objects;

/**
 * How checkouts run: the e-mail written as the clone's committer, the timeout of each git command,
 * and whether local remotes (a path or a {@code file:} URL) are allowed, which only tests and local
 * mode need.
 */
public record CheckoutSettings(
    String committerEmail, Duration gitTimeout, boolean allowLocalRemote) {

  /** The committer name written into every clone's local config. */
  public static final String COMMITTER_NAME = "kiro-worker";

  public CheckoutSettings {
    Objects.requireNonNull(committerEmail, "committerEmail");
    Objects.requireNonNull(gitTimeout, "gitTimeout");
    if (!committerEmail.matches("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+")) {
      throw new IllegalArgumentException(
          "the committer e-mail must look like name@host, was '" + committerEmail + "'");
    }
    if (gitTimeout.isNegative() || gitTimeout.isZero()) {
      throw new IllegalArgumentException("the git timeout must be positive, was " + gitTimeout);
    }
  }

  /** Settings for the CodeBuild job: GitHub remotes only, ten minutes per git command. */
  public static CheckoutSettings defaults() {
    return new CheckoutSettings(
        "kiro-worker@users.noreply.github.com", Duration.ofMinutes(10), false);
  }

  /** A copy that accepts local remotes too. */
  public CheckoutSettings withLocalRemotes() {
    return new CheckoutSettings(committerEmail, gitTimeout, true);
  }
}
