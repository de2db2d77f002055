package dev.kiroworker.cdk.config;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Picks the environment from the CDK context: {@code environment} names it (required: deploying the
 * wrong environment by default is worse than a message), and {@code alertEmails}, a comma-separated
 * list, replaces its e-mail addresses, so addresses live in {@code cdk.json} or on the command line
 * rather than in code.
 */
public final class EnvironmentSelection {

  public static final String ENVIRONMENT_KEY = "environment";
  public static final String ALERT_EMAILS_KEY = "alertEmails";

  private EnvironmentSelection() {}

  /**
   * @param context reads one context value, or returns null when it is not set
   */
  public static DeploymentEnvironment fromContext(Function<String, Object> context) {
    Object name = context.apply(ENVIRONMENT_KEY);
    if (name == null || name.toString().isBlank()) {
      throw new InvalidEnvironmentException(
          "No environment chosen. Add -c environment=<name> with one of "
              + String.join(", ", Environments.names())
              + ", e.g. npx aws-cdk synth -c environment=test.");
    }
    DeploymentEnvironment environment = Environments.named(name.toString().trim());
    Object emails = context.apply(ALERT_EMAILS_KEY);
    return emails == null ? environment : environment.withAlertEmails(split(emails.toString()));
  }

  private static List<String> split(String emails) {
    return Arrays.stream(emails.split(",")).map(String::trim).filter(e -> !e.isEmpty()).toList();
  }
}
