package dev.kiroworker.cdk.monitoring;

import dev.kiroworker.cdk.config.AlarmLevels;
import java.math.BigDecimal;
import software.amazon.awscdk.services.cloudwatch.IMetric;

/**
 * One metric worth waking someone for, with its two levels and the words the alarm says.
 *
 * @param key the metric's part of the alarm names, e.g. {@code build-duration}
 * @param metric what is measured, over the period the levels are meant for
 * @param levels the warning and error thresholds, in the metric's unit
 * @param description what the alarm says: what happened (for a threshold) and what to do
 */
public record AlarmedMetric(
    String key, IMetric metric, AlarmLevels levels, Description description) {

  /** The alarm's description for one threshold. */
  @FunctionalInterface
  public interface Description {
    /**
     * @param threshold the level's threshold, written as a person would ({@code 2}, not {@code
     *     2.0})
     */
    String text(String threshold);
  }

  /** {@code level}'s threshold in the metric's unit. */
  public double threshold(AlertLevel level) {
    return level == AlertLevel.WARNING ? levels.warning() : levels.error();
  }

  /** The description of {@code level}'s alarm. */
  public String describe(AlertLevel level) {
    return description.text(
        BigDecimal.valueOf(threshold(level)).stripTrailingZeros().toPlainString());
  }
}
