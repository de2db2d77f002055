package dev.kiroworker.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.config.ProjectConfig;
import dev.kiroworker.handlers.config.Settings;
import dev.kiroworker.handlers.github.GitHubClientFactory;
import dev.kiroworker.handlers.lambda.JsonStreamHandler;
import dev.kiroworker.handlers.pullrequest.PullRequestUpdate;
import dev.kiroworker.handlers.pullrequest.PullRequestUpdater;
import dev.kiroworker.handlers.pullrequest.ReportSettings;
import dev.kiroworker.handlers.pullrequest.SucceededColumn;
import dev.kiroworker.handlers.pullrequest.UpdateResult;
import dev.kiroworker.handlers.scrub.SecretScrubber;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * The ReportStarted, ReportSuccess, ReportFailure and ReportRejected states (and crash recovery):
 * writes the one results comment on the pull request and moves the board item to the phase's
 * column.
 */
public final class UpdatePullRequestHandler extends JsonStreamHandler {

  private final GitHubClientFactory github;
  private final Supplier<ProjectConfig> config;
  private final SucceededColumn succeededColumn;
  private final Clock clock;

  /**
   * For the Lambda runtime: GitHub, the project configuration and settings from the environment.
   */
  public UpdatePullRequestHandler() {
    this(Settings.fromEnvironment());
  }

  private UpdatePullRequestHandler(Settings settings) {
    this(
        GitHubClientFactory.from(name -> settings.optional(name).orElse(null)),
        ValidateSpecHandler.projectConfig(settings),
        SucceededColumn.parse(settings.optional(SucceededColumn.SETTING).orElse(null)),
        Clock.systemUTC());
  }

  UpdatePullRequestHandler(
      GitHubClientFactory github,
      Supplier<ProjectConfig> config,
      SucceededColumn succeededColumn,
      Clock clock) {
    this.github = github;
    this.config = config;
    this.succeededColumn = succeededColumn;
    this.clock = clock;
  }

  @Override
  protected UpdateResult handle(JsonNode event) {
    PullRequestUpdate update = bind(event, PullRequestUpdate.class);
    // The token itself is a known secret: no comment may ever carry it, whatever its shape.
    SecretScrubber scrubber = SecretScrubber.of(List.of(github.tokens().token().value()));
    ReportSettings settings = new ReportSettings(succeededColumn, scrubber, clock);
    return new PullRequestUpdater(github.newClient(), config.get(), settings).update(update);
  }
}
