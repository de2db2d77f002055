package dev.kiroworker.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.config.HandlerEnvironment;
import dev.kiroworker.handlers.config.ProjectConfig;
import dev.kiroworker.handlers.config.ProjectConfigSource;
import dev.kiroworker.handlers.config.Settings;
import dev.kiroworker.handlers.discovery.DiscoveryResult;
import dev.kiroworker.handlers.discovery.DynamoDbLiveLocks;
import dev.kiroworker.handlers.discovery.WorkItemDiscovery;
import dev.kiroworker.handlers.github.GitHubClientFactory;
import dev.kiroworker.handlers.lambda.AwsClients;
import dev.kiroworker.handlers.lambda.JsonStreamHandler;
import dev.kiroworker.handlers.lock.DynamoDbLock;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The DiscoverWorkItem state: polls the board for the next ready item and for "In Progress" items a
 * dead run left behind. No work is a result ({@code found: false}) for the IsThereWork choice, not
 * an error. Input: {@code {}} or {@code {"executionArn": ...}} (accepted, not needed).
 */
public final class DiscoverWorkItemHandler extends JsonStreamHandler {

  private final Supplier<ProjectConfig> config;
  private final GitHubClientFactory github;
  private final WorkItemDiscovery discovery;

  /** For the Lambda runtime: settings from the environment, the container's AWS clients. */
  public DiscoverWorkItemHandler() {
    this(Settings.fromEnvironment(), Clock.systemUTC());
  }

  private DiscoverWorkItemHandler(Settings settings, Clock clock) {
    this(
        new ProjectConfigSource(
                AwsClients.ssm(), HandlerEnvironment.from(settings).projectConfigParameter(), clock)
            ::get,
        GitHubClientFactory.from(name -> settings.optional(name).orElse(null)),
        new WorkItemDiscovery(
            new DynamoDbLiveLocks(
                new DynamoDbLock(
                    AwsClients.dynamoDb(), LockSetup.from(settings).settings(), clock)),
            clock));
  }

  DiscoverWorkItemHandler(
      Supplier<ProjectConfig> config, GitHubClientFactory github, WorkItemDiscovery discovery) {
    this.config = config;
    this.github = github;
    this.discovery = discovery;
  }

  @Override
  protected DiscoveryResult handle(JsonNode event) {
    return discovery.discover(config.get(), github.newClient());
  }
}
