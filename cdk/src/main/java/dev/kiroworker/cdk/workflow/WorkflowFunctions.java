package dev.kiroworker.cdk.workflow;

import dev.kiroworker.cdk.ResourceNames;
import dev.kiroworker.cdk.config.DeploymentEnvironment;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/**
 * The workflow's functions, one per handler the definition calls, with the settings of
 * docs/configuration.md.
 */
public final class WorkflowFunctions extends Construct {

  private final Map<String, HandlerFunction> byName = new LinkedHashMap<>();

  public WorkflowFunctions(
      Construct scope,
      String id,
      List<WorkflowHandler> handlers,
      DeploymentEnvironment environment,
      ResourceNames names,
      HandlersJar jar,
      SharedState state,
      GitHubEndpoints gitHub) {
    super(scope, id);
    Map<String, String> common = commonSettings(environment, state);
    for (WorkflowHandler handler : handlers) {
      Map<String, String> settings = new LinkedHashMap<>(common);
      if (handler.callsGitHub()) {
        settings.put("GITHUB_API_URL", gitHub.apiUrl());
        settings.put("GITHUB_TOKEN_SECRET_ARN", state.gitHubToken().getSecretArn());
      }
      byName.put(
          handler.name(),
          new HandlerFunction(this, handler, environment, names, jar, state, settings));
    }
  }

  /**
   * The settings every handler gets. All of them, not just the ones a handler reads: the lock
   * settings must agree between the handlers that share the table, the names are no secret, and
   * {@code HandlerEnvironment} checks the table and bucket names wherever the project document is
   * read. The token's secret goes only to the functions that call GitHub.
   */
  private static Map<String, String> commonSettings(
      DeploymentEnvironment environment, SharedState state) {
    LockLease lease = LockLease.of(environment);
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("KIRO_ENVIRONMENT", environment.name());
    settings.put("KIRO_LOCK_TABLE", state.lockTable().getTableName());
    settings.put("KIRO_ARTIFACTS_BUCKET", state.artifactsBucket().getBucketName());
    settings.put("KIRO_PROJECT_CONFIG_PARAMETER", state.projectConfig().getParameterName());
    settings.put("KIRO_LOCK_SLOTS", String.valueOf(environment.lockSlots()));
    settings.put("KIRO_BUILD_TIMEOUT_MINUTES", String.valueOf(lease.buildTimeoutMinutes()));
    settings.put("KIRO_LOCK_MARGIN_MINUTES", String.valueOf(lease.marginMinutes()));
    return settings;
  }

  /** The functions by handler name, in the definition's placeholder order (sorted). */
  public Map<String, HandlerFunction> byName() {
    return Collections.unmodifiableMap(byName);
  }

  /**
   * The function of {@code handler}.
   *
   * @throws IllegalArgumentException when the workflow calls no such handler
   */
  public HandlerFunction get(String handler) {
    HandlerFunction function = byName.get(handler);
    if (function == null) {
      throw new IllegalArgumentException(
          "The workflow has no " + handler + " function; it has " + byName.keySet() + ".");
    }
    return function;
  }
}
