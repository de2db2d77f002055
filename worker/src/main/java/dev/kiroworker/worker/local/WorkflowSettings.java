package dev.kiroworker.worker.local;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The deployment's values the workflow's placeholders take, which CDK fills in the cloud.
 *
 * @param environment the environment's name: the state machine's name, the build's {@code
 *     KIRO_ENVIRONMENT} and the artifacts' prefix
 * @param coverageThreshold the line and branch coverage percentage the build must reach, as the
 *     ASL's {@code ${CoverageThreshold}} text
 * @param gitHubServerUrl where repositories are cloned from: {@code <url>/<owner>/<name>.git}
 */
public record WorkflowSettings(
    String environment, String coverageThreshold, String gitHubServerUrl) {

  /** Lower case, as it goes into bucket and table names. */
  private static final Pattern ENVIRONMENT = Pattern.compile("[a-z][a-z0-9-]{0,29}");

  public WorkflowSettings {
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(coverageThreshold, "coverageThreshold");
    Objects.requireNonNull(gitHubServerUrl, "gitHubServerUrl");
    if (!ENVIRONMENT.matcher(environment).matches()) {
      throw new IllegalArgumentException(
          "the environment name must be 1 to 30 lower-case letters, digits and hyphens, starting"
              + " with a letter; got '"
              + environment
              + "'");
    }
  }

  /** The demo's and the tests' settings: {@value LocalWorkflow#ENVIRONMENT}, 80 %, a folder. */
  public static WorkflowSettings of(Path gitServer) {
    return new WorkflowSettings(LocalWorkflow.ENVIRONMENT, "80", gitServer.toString());
  }

  /** Settings with {@code threshold} percent written as the ASL expects, e.g. 80 or 72.5. */
  public static WorkflowSettings of(String environment, double threshold, String gitHubServerUrl) {
    return new WorkflowSettings(
        environment,
        BigDecimal.valueOf(threshold).stripTrailingZeros().toPlainString(),
        gitHubServerUrl);
  }
}
