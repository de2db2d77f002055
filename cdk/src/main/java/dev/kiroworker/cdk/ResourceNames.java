package dev.kiroworker.cdk;

import dev.kiroworker.cdk.config.DeploymentEnvironment;

/**
 * The name of every named resource in one environment. Names carry the environment so that test,
 * staging and production can share an account, and they are fixed so that the monitoring stack can
 * alarm on the workflow's and the build's metrics by name without a reference between stacks.
 */
public final class ResourceNames {

  private final String environment;
  private final String prefix;

  public ResourceNames(DeploymentEnvironment environment) {
    this.environment = environment.name();
    this.prefix = "kiro-worker-" + environment.name();
  }

  /** The environment's name, e.g. {@code test}. */
  public String environment() {
    return environment;
  }

  /** A stack's id and CloudFormation name, e.g. {@code KiroWorker-test-State}. */
  public String stack(String part) {
    return "KiroWorker-" + environment + "-" + part;
  }

  public String lockTable() {
    return prefix + "-locks";
  }

  /**
   * The artifacts bucket's name without its account and region suffix, which the stack appends
   * because bucket names are global.
   */
  public String artifactsBucketPrefix() {
    return prefix + "-artifacts";
  }

  public String gitHubTokenSecret() {
    return "kiro-worker/" + environment + "/github-token";
  }

  public String gitCredentialsSecret() {
    return "kiro-worker/" + environment + "/git-credentials";
  }

  public String kiroApiKeySecret() {
    return "kiro-worker/" + environment + "/kiro-api-key";
  }

  /** The SSM parameter the handlers read by default ({@code HandlerEnvironment}). */
  public String projectConfigParameter() {
    return "/kiro-worker/" + environment + "/github-project-config";
  }

  /** A handler's function name, e.g. {@code kiro-worker-test-DiscoverWorkItem}. */
  public String function(String handler) {
    return prefix + "-" + handler;
  }

  public String stateMachine() {
    return prefix;
  }

  public String buildProject() {
    return prefix;
  }

  public String alertTopic() {
    return prefix + "-alerts";
  }

  public String dashboard() {
    return prefix;
  }

  /** A log group's name for one of this environment's resources. */
  public String logGroup(String service, String resource) {
    return "/aws/" + service + "/" + resource;
  }
}
