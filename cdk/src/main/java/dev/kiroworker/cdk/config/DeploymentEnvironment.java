package dev.kiroworker.cdk.config;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything that differs between deployments of kiro-worker, checked when it is built so that a
 * bad value fails synthesis with a message instead of a half-deployed stack.
 *
 * @param name lower-case environment name; every resource name carries it
 * @param schedule the EventBridge schedule expression, {@code rate(...)} or {@code cron(...)}
 * @param coverageThreshold line and branch coverage percentage a build must reach
 * @param alertEmails who receives alarms and failed-run alerts (may be empty)
 * @param buildComputeType CodeBuild compute type, e.g. {@code BUILD_GENERAL1_SMALL}
 * @param buildTimeoutMinutes CodeBuild's timeout; the lock's lease is this plus a margin
 * @param lockSlots how many work items may run at once
 * @param lambdaTimeoutSeconds each handler's timeout
 * @param lambdaMemoryMb each handler's memory
 * @param logRetentionDays how long Lambda, state machine and build logs are kept
 * @param artifactsInfrequentAccessDays when build artifacts move to infrequent access
 * @param artifactsExpireDays when build artifacts are deleted
 * @param retainData whether the lock table and artifacts bucket survive a stack deletion (and the
 *     table has deletion protection); off only where data is throw-away
 * @param alarms every alarm's warning and error levels
 */
public record DeploymentEnvironment(
    String name,
    String schedule,
    double coverageThreshold,
    List<String> alertEmails,
    String buildComputeType,
    int buildTimeoutMinutes,
    int lockSlots,
    int lambdaTimeoutSeconds,
    int lambdaMemoryMb,
    int logRetentionDays,
    int artifactsInfrequentAccessDays,
    int artifactsExpireDays,
    boolean retainData,
    Alarms alarms) {

  /** CloudWatch Logs accepts only these retention periods. */
  public static final Set<Integer> LOG_RETENTION_DAYS =
      Set.of(
          1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557,
          2922, 3288, 3653);

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,19}");
  private static final Pattern SCHEDULE = Pattern.compile("(rate|cron)\\([^()]+\\)");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s,]+@[^@\\s,]+\\.[^@\\s,]+");
  private static final Set<String> COMPUTE_TYPES =
      Set.of(
          "BUILD_GENERAL1_SMALL",
          "BUILD_GENERAL1_MEDIUM",
          "BUILD_GENERAL1_LARGE",
          "BUILD_GENERAL1_XLARGE",
          "BUILD_GENERAL1_2XLARGE");

  public DeploymentEnvironment {
    alertEmails = List.copyOf(alertEmails);
    require(NAME.matcher(name).matches(), "name", name, "lower case, up to 20 characters");
    require(
        SCHEDULE.matcher(schedule).matches(),
        "schedule",
        schedule,
        "an EventBridge expression such as rate(1 hour) or cron(0 9 ? * MON-FRI *)");
    require(
        coverageThreshold >= 0 && coverageThreshold <= 100,
        "coverageThreshold",
        coverageThreshold,
        "a percentage from 0 to 100");
    for (String email : alertEmails) {
      require(EMAIL.matcher(email).matches(), "alertEmails", email, "e-mail addresses");
    }
    require(
        COMPUTE_TYPES.contains(buildComputeType),
        "buildComputeType",
        buildComputeType,
        "one of " + COMPUTE_TYPES.stream().sorted().toList());
    // CodeBuild's own limits: 5 minutes to 36 hours.
    require(
        buildTimeoutMinutes >= 5 && buildTimeoutMinutes <= 2160,
        "buildTimeoutMinutes",
        buildTimeoutMinutes,
        "5 to 2160 minutes");
    require(lockSlots >= 1 && lockSlots <= 100, "lockSlots", lockSlots, "1 to 100");
    require(
        lambdaTimeoutSeconds >= 1 && lambdaTimeoutSeconds <= 900,
        "lambdaTimeoutSeconds",
        lambdaTimeoutSeconds,
        "1 to 900 seconds");
    require(
        lambdaMemoryMb >= 128 && lambdaMemoryMb <= 10240,
        "lambdaMemoryMb",
        lambdaMemoryMb,
        "128 to 10240 MB");
    require(
        LOG_RETENTION_DAYS.contains(logRetentionDays),
        "logRetentionDays",
        logRetentionDays,
        "one of CloudWatch Logs' periods " + LOG_RETENTION_DAYS.stream().sorted().toList());
    // S3 moves objects to STANDARD_IA no earlier than 30 days after creation.
    require(
        artifactsInfrequentAccessDays >= 30,
        "artifactsInfrequentAccessDays",
        artifactsInfrequentAccessDays,
        "30 days or more (S3's minimum for infrequent access)");
    require(
        artifactsExpireDays > artifactsInfrequentAccessDays,
        "artifactsExpireDays",
        artifactsExpireDays,
        "more than artifactsInfrequentAccessDays (" + artifactsInfrequentAccessDays + ")");
  }

  /** A copy with other alert e-mail addresses, e.g. from the CDK context. */
  public DeploymentEnvironment withAlertEmails(List<String> emails) {
    return new DeploymentEnvironment(
        name,
        schedule,
        coverageThreshold,
        emails,
        buildComputeType,
        buildTimeoutMinutes,
        lockSlots,
        lambdaTimeoutSeconds,
        lambdaMemoryMb,
        logRetentionDays,
        artifactsInfrequentAccessDays,
        artifactsExpireDays,
        retainData,
        alarms);
  }

  private static void require(boolean valid, String key, Object value, String expected) {
    if (!valid) {
      throw new InvalidEnvironmentException(
          "Environment setting '" + key + "' is '" + value + "'; expected " + expected + ".");
    }
  }
}
