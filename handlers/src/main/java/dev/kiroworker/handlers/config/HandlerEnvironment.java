package dev.kiroworker.handlers.config;

import dev.kiroworker.handlers.errors.PermanentException;
import java.util.regex.Pattern;

/**
 * The deployment's environment variables that every handler may need, validated once.
 *
 * @param environmentName {@code test}, {@code staging}, {@code production} or another short name
 * @param projectConfigParameter the SSM parameter holding the project document
 */
public record HandlerEnvironment(
    String environmentName,
    String lockTable,
    String artifactsBucket,
    String projectConfigParameter) {

  public static final String ENVIRONMENT_NAME = "KIRO_ENVIRONMENT";
  public static final String LOCK_TABLE = "KIRO_LOCK_TABLE";
  public static final String ARTIFACTS_BUCKET = "KIRO_ARTIFACTS_BUCKET";
  public static final String PROJECT_CONFIG_PARAMETER = "KIRO_PROJECT_CONFIG_PARAMETER";

  private static final Pattern ENVIRONMENT = Pattern.compile("[a-z][a-z0-9-]{0,19}");
  private static final Pattern TABLE = Pattern.compile("[A-Za-z0-9_.-]{3,255}");
  private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
  private static final Pattern PARAMETER = Pattern.compile("/[A-Za-z0-9_.\\-/]{1,1010}");

  public HandlerEnvironment {
    check(ENVIRONMENT_NAME, environmentName, ENVIRONMENT, "a lower-case name such as test");
    check(LOCK_TABLE, lockTable, TABLE, "a DynamoDB table name");
    check(ARTIFACTS_BUCKET, artifactsBucket, BUCKET, "an S3 bucket name");
    check(
        PROJECT_CONFIG_PARAMETER,
        projectConfigParameter,
        PARAMETER,
        "an SSM parameter name such as /kiro-worker/test/github-project-config");
  }

  /** Reads and validates every variable; the first missing or malformed one fails. */
  public static HandlerEnvironment from(Settings settings) {
    String environment = settings.required(ENVIRONMENT_NAME, "a lower-case name such as test");
    return new HandlerEnvironment(
        environment,
        settings.required(LOCK_TABLE, "a DynamoDB table name"),
        settings.required(ARTIFACTS_BUCKET, "an S3 bucket name"),
        settings
            .optional(PROJECT_CONFIG_PARAMETER)
            .orElse("/kiro-worker/" + environment + "/github-project-config"));
  }

  private static void check(String name, String value, Pattern pattern, String expected) {
    if (value == null || !pattern.matcher(value).matches()) {
      throw new PermanentException(
          name + " is '" + value + "', which is not valid; expected " + expected + ".");
    }
  }
}
