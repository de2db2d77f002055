package dev.kiroworker.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.config.HandlerEnvironment;
import dev.kiroworker.handlers.config.ProjectConfig;
import dev.kiroworker.handlers.config.ProjectConfigSource;
import dev.kiroworker.handlers.config.Settings;
import dev.kiroworker.handlers.github.GitHubClientFactory;
import dev.kiroworker.handlers.lambda.AwsClients;
import dev.kiroworker.handlers.lambda.JsonStreamHandler;
import dev.kiroworker.handlers.spec.SpecRequest;
import dev.kiroworker.handlers.spec.SpecValidation;
import dev.kiroworker.handlers.spec.SpecValidator;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The ValidateSpec state: checks that the work item's branch holds a spec and an open pull request.
 * An invalid spec is a result ({@code valid: false} with the problems) for the IsSpecValid choice,
 * not an error.
 */
public final class ValidateSpecHandler extends JsonStreamHandler {

  private final GitHubClientFactory github;
  private final Supplier<ProjectConfig> config;

  /** For the Lambda runtime: GitHub and the project configuration from the environment. */
  public ValidateSpecHandler() {
    this(Settings.fromEnvironment());
  }

  private ValidateSpecHandler(Settings settings) {
    this(
        GitHubClientFactory.from(name -> settings.optional(name).orElse(null)),
        projectConfig(settings));
  }

  ValidateSpecHandler(GitHubClientFactory github, Supplier<ProjectConfig> config) {
    this.github = github;
    this.config = config;
  }

  /** The project configuration from SSM, cached per container. */
  static Supplier<ProjectConfig> projectConfig(Settings settings) {
    return new ProjectConfigSource(
            AwsClients.ssm(),
            HandlerEnvironment.from(settings).projectConfigParameter(),
            Clock.systemUTC())
        ::get;
  }

  @Override
  protected SpecValidation handle(JsonNode event) {
    return new SpecValidator(config.get(), github.newClient())
        .validate(bind(event, SpecRequest.class));
  }
}
