package dev.kiroworker.worker.run;

import dev.kiroworker.handlers.config.ProjectConfig;
import dev.kiroworker.worker.local.WorkflowSettings;
import java.util.Map;
import java.util.Objects;

/**
 * A local run, every input checked: what the command line and the environment asked for.
 *
 * @param token the GitHub token; a secret, never printed
 * @param apiKey the Kiro API key, or empty when the agent is signed in on its own; a secret
 * @param projectVariables the build project's own variables (the agent, local remotes)
 * @param machine the environment the build image starts from
 */
record RunPlan(
    ProjectConfig project,
    GitHubEndpoints gitHub,
    String token,
    String apiKey,
    WorkflowSettings workflow,
    String lockTable,
    String bucket,
    Map<String, String> projectVariables,
    Map<String, String> machine) {

  RunPlan {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(gitHub, "gitHub");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(workflow, "workflow");
    Objects.requireNonNull(lockTable, "lockTable");
    Objects.requireNonNull(bucket, "bucket");
    projectVariables = Map.copyOf(projectVariables);
    machine = Map.copyOf(machine);
  }

  /** The values of the buildspec's secret references. */
  Map<String, String> secrets() {
    return Map.of("${GitHubTokenSecretArn}", token, "${KiroApiKeySecretArn}", apiKey);
  }

  @Override
  public String toString() {
    // The record's own toString would print the token.
    return "RunPlan[" + project.owner() + "/" + project.projectNumber() + "]";
  }
}
