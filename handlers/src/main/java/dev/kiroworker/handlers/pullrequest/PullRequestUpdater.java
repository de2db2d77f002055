package dev.kiroworker.handlers.pullrequest;

import dev.kiroworker.handlers.config.ProjectConfig;
import dev.kiroworker.handlers.github.GitHubClient;
import dev.kiroworker.handlers.spec.RepositoryName;
import java.util.Optional;

/**
 * Reports a phase of the workflow: writes the results comment on the pull request, then moves the
 * board item. The comment comes first so a failed move, retried by the workflow, only edits the
 * same comment again.
 */
public final class PullRequestUpdater {

  private final GitHubClient github;
  private final ProjectConfig config;
  private final ReportSettings settings;

  /** An updater for one invocation. */
  public PullRequestUpdater(GitHubClient github, ProjectConfig config, ReportSettings settings) {
    this.github = github;
    this.config = config;
    this.settings = settings;
  }

  /** Comments and moves the item; returns what was done. */
  public UpdateResult update(PullRequestUpdate update) {
    String column = BoardColumns.of(update.phase(), config, settings.succeededColumn());
    Optional<ResultsComment.Written> comment = comment(update, column);
    new BoardStatus(github, config)
        .move(update.workItem().projectItemId(), update.workItem().projectId(), column);
    return new UpdateResult(
        comment.map(ResultsComment.Written::id).orElse(null),
        comment.map(ResultsComment.Written::url).orElse(null),
        comment.map(ResultsComment.Written::created).orElse(false),
        column,
        github.apiCalls());
  }

  private Optional<ResultsComment.Written> comment(PullRequestUpdate update, String column) {
    Optional<RepositoryName> repository = RepositoryName.parse(update.workItem().repository());
    Optional<Integer> number = number(update);
    // A spec rejected for its repository (malformed, or not allowed) gets no comment there.
    if (repository.isEmpty()
        || !config.allows(update.workItem().repository())
        || number.isEmpty()) {
      return Optional.empty();
    }
    String body =
        CommentBody.render(
            update,
            column,
            new NextSteps(config, column).of(update),
            settings.scrubber(),
            settings.clock().instant());
    return Optional.of(new ResultsComment(github).write(repository.get(), number.get(), body));
  }

  private static Optional<Integer> number(PullRequestUpdate update) {
    if (update.pullRequest() != null && update.pullRequest().number() != null) {
      return Optional.of(update.pullRequest().number()).filter(n -> n > 0);
    }
    return Optional.ofNullable(update.workItem().number()).filter(n -> n > 0);
  }
}
