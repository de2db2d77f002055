package dev.kiroworker.cdk.workflow;

import static java.util.Map.entry;

import dev.kiroworker.cdk.config.DeploymentEnvironment;
import java.util.Map;
import software.amazon.awscdk.services.logs.RetentionDays;

/**
 * The CDK's name for each of CloudWatch Logs' retention periods. The environment holds days (a
 * number a reader checks against the console); the CDK wants its enum, whose Java form does not
 * carry the number.
 */
public final class LogRetention {

  private static final Map<Integer, RetentionDays> BY_DAYS =
      Map.ofEntries(
          entry(1, RetentionDays.ONE_DAY),
          entry(3, RetentionDays.THREE_DAYS),
          entry(5, RetentionDays.FIVE_DAYS),
          entry(7, RetentionDays.ONE_WEEK),
          entry(14, RetentionDays.TWO_WEEKS),
          entry(30, RetentionDays.ONE_MONTH),
          entry(60, RetentionDays.TWO_MONTHS),
          entry(90, RetentionDays.THREE_MONTHS),
          entry(120, RetentionDays.FOUR_MONTHS),
          entry(150, RetentionDays.FIVE_MONTHS),
          entry(180, RetentionDays.SIX_MONTHS),
          entry(365, RetentionDays.ONE_YEAR),
          entry(400, RetentionDays.THIRTEEN_MONTHS),
          entry(545, RetentionDays.EIGHTEEN_MONTHS),
          entry(731, RetentionDays.TWO_YEARS),
          entry(1096, RetentionDays.THREE_YEARS),
          entry(1827, RetentionDays.FIVE_YEARS),
          entry(2192, RetentionDays.SIX_YEARS),
          entry(2557, RetentionDays.SEVEN_YEARS),
          entry(2922, RetentionDays.EIGHT_YEARS),
          entry(3288, RetentionDays.NINE_YEARS),
          entry(3653, RetentionDays.TEN_YEARS));

  private LogRetention() {}

  /**
   * The retention for {@code days}.
   *
   * @throws IllegalArgumentException when CloudWatch Logs has no such period ({@link
   *     DeploymentEnvironment#LOG_RETENTION_DAYS} lists them)
   */
  public static RetentionDays ofDays(int days) {
    RetentionDays retention = BY_DAYS.get(days);
    if (retention == null) {
      throw new IllegalArgumentException(
          "CloudWatch Logs cannot keep logs for "
              + days
              + " days; choose one of "
              + DeploymentEnvironment.LOG_RETENTION_DAYS.stream().sorted().toList()
              + ".");
    }
    return retention;
  }
}
