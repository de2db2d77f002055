package dev.kiroworker.worker.build.implement;

import java.util.Objects;
import java.util.Optional;

/**
 * One agent run on one task.
 *
 * @param seconds how long the run took, by the step's clock
 * @param commitSha the commit made for it: the task's commit, or a partial one; null for none
 */
public record TaskRun(
    String id, String title, TaskOutcome outcome, long seconds, String commitSha) {

  public TaskRun {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outcome, "outcome");
  }

  /** The commit made for this run, if any. */
  public Optional<String> commit() {
    return Optional.ofNullable(commitSha);
  }

  /** Whether a failed or timed-out run left work that was committed as partial. */
  public boolean partialCommit() {
    return outcome != TaskOutcome.COMPLETED && commitSha != null;
  }
}
