package dev.kiroworker.handlers;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.kiroworker.handlers.config.ProjectConfig;
import dev.kiroworker.handlers.config.Settings;
import dev.kiroworker.handlers.coverage.ReportStore;
import dev.kiroworker.handlers.discovery.DynamoDbLiveLocks;
import dev.kiroworker.handlers.discovery.WorkItemDiscovery;
import dev.kiroworker.handlers.github.GitHubClientFactory;
import dev.kiroworker.handlers.github.GitHubSettings;
import dev.kiroworker.handlers.github.Sleeper;
import dev.kiroworker.handlers.github.token.FixedTokenProvider;
import dev.kiroworker.handlers.github.token.GitHubToken;
import dev.kiroworker.handlers.lock.DynamoDbLock;
import dev.kiroworker.handlers.pullrequest.SucceededColumn;
import java.net.URI;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The six workflow handlers wired in process, for local mode and end-to-end tests: every part is
 * given (settings, SDK clients, the GitHub API and token, the project configuration, the clock), so
 * nothing reads the process environment, the container's clients or SSM. The Lambda runtime keeps
 * using each handler's no-argument constructor.
 *
 * <p>The handlers come keyed by the names the workflow's placeholders use ({@code DiscoverWorkItem}
 * for {@code ${DiscoverWorkItemFunctionArn}}, ...), as the {@code RequestStreamHandler}s Lambda
 * would call.
 */
public final class WorkflowHandlers {

  public static final String DISCOVER_WORK_ITEM = "DiscoverWorkItem";
  public static final String VALIDATE_SPEC = "ValidateSpec";
  public static final String ACQUIRE_LOCK = "AcquireLock";
  public static final String RELEASE_LOCK = "ReleaseLock";
  public static final String PARSE_COVERAGE = "ParseCoverage";
  public static final String UPDATE_PULL_REQUEST = "UpdatePullRequest";

  private WorkflowHandlers() {}

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Collects the parts. Settings are those a deployment sets as environment variables: {@code
   * KIRO_LOCK_TABLE} (required), {@code KIRO_LOCK_SLOTS}, {@code KIRO_BUILD_TIMEOUT_MINUTES},
   * {@code KIRO_LOCK_MARGIN_MINUTES} and {@code KIRO_SUCCEEDED_COLUMN}.
   */
  public static final class Builder {
    private Settings settings;
    private DynamoDbClient dynamoDb;
    private S3Client s3;
    private URI gitHubApiUrl;
    private String gitHubToken;
    private Sleeper sleeper = Sleeper.system();
    private ProjectConfig projectConfig;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    public Builder settings(Settings settings) {
      this.settings = settings;
      return this;
    }

    public Builder dynamoDb(DynamoDbClient dynamoDb) {
      this.dynamoDb = dynamoDb;
      return this;
    }

    public Builder s3(S3Client s3) {
      this.s3 = s3;
      return this;
    }

    /**
     * The GitHub REST API root ({@code https://api.github.com}, or a stand-in on loopback) and the
     * token every request carries.
     */
    public Builder gitHub(URI apiUrl, String token) {
      this.gitHubApiUrl = apiUrl;
      this.gitHubToken = token;
      return this;
    }

    /** How the GitHub client waits between retries; real sleeps unless replaced. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    /**
     * The project document itself, in place of the SSM parameter the Lambda handlers read; parse a
     * JSON document with {@link dev.kiroworker.handlers.config.ProjectConfigParser}.
     */
    public Builder projectConfig(ProjectConfig projectConfig) {
      this.projectConfig = projectConfig;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * The handlers by state name, in the workflow's order.
     *
     * @throws NullPointerException naming the first part that was not given
     * @throws dev.kiroworker.handlers.errors.PermanentException when a setting is invalid
     */
    public Map<String, RequestStreamHandler> build() {
      Objects.requireNonNull(settings, "settings");
      Objects.requireNonNull(dynamoDb, "dynamoDb");
      Objects.requireNonNull(s3, "s3");
      Objects.requireNonNull(gitHubApiUrl, "gitHub apiUrl");
      Objects.requireNonNull(gitHubToken, "gitHub token");
      Objects.requireNonNull(sleeper, "sleeper");
      Objects.requireNonNull(projectConfig, "projectConfig");
      Objects.requireNonNull(clock, "clock");
      LockSetup lockSetup = LockSetup.from(settings);
      DynamoDbLock lock = new DynamoDbLock(dynamoDb, lockSetup.settings(), clock);
      GitHubClientFactory github = gitHub();
      Supplier<ProjectConfig> config = () -> projectConfig;
      SucceededColumn succeeded =
          SucceededColumn.parse(settings.optional(SucceededColumn.SETTING).orElse(null));

      Map<String, RequestStreamHandler> handlers = new LinkedHashMap<>();
      handlers.put(
          DISCOVER_WORK_ITEM,
          new DiscoverWorkItemHandler(
              config, github, new WorkItemDiscovery(new DynamoDbLiveLocks(lock), clock)));
      handlers.put(VALIDATE_SPEC, new ValidateSpecHandler(github, config));
      handlers.put(ACQUIRE_LOCK, new AcquireLockHandler(lock, lockSetup.lease()));
      handlers.put(RELEASE_LOCK, new ReleaseLockHandler(lock));
      handlers.put(PARSE_COVERAGE, new ParseCoverageHandler(new ReportStore(s3)));
      handlers.put(
          UPDATE_PULL_REQUEST, new UpdatePullRequestHandler(github, config, succeeded, clock));
      return Collections.unmodifiableMap(handlers);
    }

    private GitHubClientFactory gitHub() {
      // One factory for all handlers, as one Lambda container keeps one: connections are reused.
      return GitHubClientFactory.create(
          GitHubSettings.defaults(gitHubApiUrl),
          new FixedTokenProvider(new GitHubToken(gitHubToken), "the local GitHub token"),
          clock,
          sleeper);
    }
  }
}
