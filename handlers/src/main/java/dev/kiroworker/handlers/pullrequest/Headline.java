package dev.kiroworker.handlers.pullrequest;

/** The status line at the top of the results comment. */
final class Headline {

  private Headline() {}

  /** The status line for {@code update}. */
  static String of(PullRequestUpdate update) {
    return switch (update.phase()) {
      case STARTED ->
          "🚧 kiro-worker is working on this pull request\n\nThe agent is working through the"
              + " spec's open tasks on this branch; this comment is updated when the build"
              + " finishes.";
      case SUCCEEDED -> "✅ kiro-worker finished: the tests pass and coverage meets the gate";
      case FAILED ->
          update.failure() == null && update.results() != null
              ? "❌ kiro-worker finished, but the quality gate was not met"
              : "❌ kiro-worker could not finish this run";
      case REJECTED -> "⛔ kiro-worker did not start: the spec is not ready";
      case STUCK ->
          "⚠️ kiro-worker's previous run stopped without reporting\n\nIts lock expired while the"
              + " item was still in progress, so the run is treated as failed.";
    };
  }
}
