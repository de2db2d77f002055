package dev.kiroworker.handlers.pullrequest;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where the workflow is when it reports on a pull request. */
public enum Phase {
  /** The build is starting (ReportStarted). */
  @JsonProperty("started")
  STARTED,
  /** Tests pass and coverage meets the gate (ReportSuccess). */
  @JsonProperty("succeeded")
  SUCCEEDED,
  /** The gate was not met, or a step failed (ReportFailure). */
  @JsonProperty("failed")
  FAILED,
  /** ValidateSpec found problems; nothing ran (ReportRejected). */
  @JsonProperty("rejected")
  REJECTED,
  /** A previous run died and left the item In Progress (crash recovery). */
  @JsonProperty("stuck")
  STUCK
}
