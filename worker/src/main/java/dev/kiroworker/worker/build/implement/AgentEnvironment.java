package dev.kiroworker.worker.build.implement;

import dev.kiroworker.worker.build.BuildVariables;
import java.util.Set;

/**
 * What the agent inherits of the build's environment. It gets {@code KIRO_API_KEY}, which it needs,
 * and not the credentials below: it runs with {@code --trust-all-tools} on a repository anyone with
 * write access can fill with instructions, so it must not be able to push, call AWS as the build's
 * role, or print those secrets.
 */
public final class AgentEnvironment {

  /**
   * The variables removed from the agent's environment: GitHub tokens (the publish step pushes, not
   * the agent), AWS credentials and the container credentials endpoint CodeBuild uses to hand out
   * the build role's credentials.
   */
  public static final Set<String> WITHHELD =
      Set.of(
          BuildVariables.GITHUB_TOKEN,
          "GH_TOKEN",
          "GITHUB_PAT",
          "GH_ENTERPRISE_TOKEN",
          "GITHUB_ENTERPRISE_TOKEN",
          "AWS_ACCESS_KEY_ID",
          "AWS_SECRET_ACCESS_KEY",
          "AWS_SESSION_TOKEN",
          "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
          "AWS_CONTAINER_CREDENTIALS_FULL_URI",
          "AWS_CONTAINER_AUTHORIZATION_TOKEN",
          "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",
          "AWS_WEB_IDENTITY_TOKEN_FILE");

  /** The secrets whose values the scrubber removes from the agent's output and the artifacts. */
  public static final Set<String> SECRETS =
      Set.of(
          BuildVariables.GITHUB_TOKEN,
          BuildVariables.KIRO_API_KEY,
          "GH_TOKEN",
          "AWS_SECRET_ACCESS_KEY",
          "AWS_SESSION_TOKEN");

  private AgentEnvironment() {}
}
