package dev.kiroworker.handlers.pullrequest;

import dev.kiroworker.handlers.config.ProjectConfig;

/** Which board column each phase moves the item to, by the project configuration's names. */
final class BoardColumns {

  private BoardColumns() {}

  /** The column for {@code phase}. */
  static String of(Phase phase, ProjectConfig config, SucceededColumn succeeded) {
    ProjectConfig.Columns columns = config.columns();
    return switch (phase) {
      case STARTED -> columns.inProgress();
      case SUCCEEDED -> succeeded == SucceededColumn.DONE ? columns.done() : columns.review();
      case FAILED -> columns.failed();
      case REJECTED -> columns.blocked();
      case STUCK ->
          config.stuckItems() == ProjectConfig.StuckItems.READY
              ? columns.ready()
              : columns.failed();
    };
  }
}
