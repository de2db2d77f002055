package dev.kiroworker.worker.build.runner;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * How one phase went.
 *
 * @param phaseType a {@link PhaseType} name, or {@code UPLOAD_ARTIFACTS}
 */
public record PhaseResult(
    String phaseType, BuildStatus status, Instant start, Instant end, List<PhaseContext> contexts) {

  /** The phase that copies reports and artifacts to the output folder. */
  public static final String UPLOAD_ARTIFACTS = "UPLOAD_ARTIFACTS";

  public PhaseResult {
    Objects.requireNonNull(phaseType, "phaseType");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    contexts = List.copyOf(contexts);
  }

  public Duration duration() {
    return Duration.between(start, end);
  }
}
