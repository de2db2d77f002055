package dev.kiroworker.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.config.ProjectConfig;
import dev.kiroworker.handlers.discovery.WorkItemDiscovery;
import dev.kiroworker.handlers.github.GitHubClientFactory;
import dev.kiroworker.handlers.json.JsonMapper;
import dev.kiroworker.handlers.lambda.JsonStreamHandler;
import dev.kiroworker.handlers.pullrequest.SucceededColumn;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * The real handlers, wired in this process for tests against the GitHub stand-in through the same
 * package-private constructors the handlers' own tests use: the project configuration is given
 * rather than read from SSM, and discovery sees no live locks instead of asking DynamoDB. It lives
 * in the handlers' package (in the worker's test sources) only to reach those constructors.
 */
public final class StandInHandlers {

  private final GitHubClientFactory github;
  private final ProjectConfig config;
  private final Clock clock;

  public StandInHandlers(GitHubClientFactory github, ProjectConfig config, Clock clock) {
    this.github = github;
    this.config = config;
    this.clock = clock;
  }

  public JsonNode discoverWorkItem() {
    return invoke(
        new DiscoverWorkItemHandler(
            () -> config, github, new WorkItemDiscovery(itemId -> false, clock)),
        "{}");
  }

  public JsonNode validateSpec(String event) {
    return invoke(new ValidateSpecHandler(github, () -> config), event);
  }

  public JsonNode updatePullRequest(String event) {
    return invoke(
        new UpdatePullRequestHandler(github, () -> config, SucceededColumn.REVIEW, clock), event);
  }

  /** Invokes a handler the way the Lambda runtime does: a JSON event in, a JSON result out. */
  private static JsonNode invoke(JsonStreamHandler handler, String event) {
    var output = new ByteArrayOutputStream();
    try {
      handler.handleRequest(
          new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), output, null);
      return JsonMapper.shared().readTree(output.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
