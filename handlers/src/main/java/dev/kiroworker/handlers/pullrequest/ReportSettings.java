package dev.kiroworker.handlers.pullrequest;

import dev.kiroworker.handlers.scrub.SecretScrubber;
import java.time.Clock;
import java.util.Objects;

/**
 * How UpdatePullRequest reports, beyond the project configuration.
 *
 * @param succeededColumn where a successful run moves its item
 * @param scrubber what every comment passes through; should know the GitHub token
 * @param clock for the comment's "updated" time
 */
public record ReportSettings(
    SucceededColumn succeededColumn, SecretScrubber scrubber, Clock clock) {

  public ReportSettings {
    Objects.requireNonNull(succeededColumn, "succeededColumn");
    Objects.requireNonNull(scrubber, "scrubber");
    Objects.requireNonNull(clock, "clock");
  }
}
