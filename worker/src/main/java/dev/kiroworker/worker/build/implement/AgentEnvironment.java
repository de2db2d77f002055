package dev.kiroworker.worker.build.implement;

import dev.kiroworker.worker.build.BuildVariables;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

  /**
   * Handed to the agent explicitly, and only when set, instead of inherited: a local run without a
   * key resolves the buildspec's reference to an empty {@code KIRO_API_KEY}, and an empty key must
   * not shadow the Kiro CLI's own sign-in.
   */
  public static final Set<String> HANDED_OVER = Set.of(BuildVariables.KIRO_API_KEY);

  /**
   * What the agent and its preflight do not inherit from the build, given the variables {@code
   * handed} to them: {@link #WITHHELD}, and each of {@link #HANDED_OVER} they are not handed.
   */
  public static Set<String> notInherited(Map<String, String> handed) {
    return Stream.concat(
            WITHHELD.stream(), HANDED_OVER.stream().filter(name -> !handed.containsKey(name)))
        .collect(Collectors.toUnmodifiableSet());
  }

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
