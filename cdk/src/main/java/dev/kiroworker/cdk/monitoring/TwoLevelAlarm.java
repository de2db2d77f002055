package dev.kiroworker.cdk.monitoring;

import java.util.EnumMap;
import java.util.Map;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.cloudwatch.IAlarmAction;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.constructs.Construct;

/**
 * A warning and an error alarm on one metric, both notifying through an {@link AlertChannel}.
 *
 * <p>One breaching period raises an alarm: the periods are already long (15 minutes to a day), and
 * a second period would only delay the news. Missing data is not breaching, because the metrics of
 * an idle workflow, or of a resource not deployed yet, are simply absent.
 */
public final class TwoLevelAlarm extends Construct {

  private final Map<AlertLevel, Alarm> alarms = new EnumMap<>(AlertLevel.class);

  /**
   * @param namePrefix the alarm names' start, e.g. {@code kiro-worker-test}
   */
  public TwoLevelAlarm(
      Construct scope, String id, String namePrefix, AlarmedMetric alarmed, AlertChannel channel) {
    super(scope, id);
    for (AlertLevel level : AlertLevel.values()) {
      Alarm alarm =
          Alarm.Builder.create(this, level == AlertLevel.WARNING ? "Warning" : "Error")
              .alarmName(namePrefix + "-" + alarmed.key() + "-" + level.suffix())
              .alarmDescription(alarmed.describe(level))
              .metric(alarmed.metric())
              .threshold(alarmed.threshold(level))
              .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
              .evaluationPeriods(1)
              .datapointsToAlarm(1)
              .treatMissingData(TreatMissingData.NOT_BREACHING)
              .build();
      IAlarmAction action = channel.alarmAction(level);
      alarm.addAlarmAction(action);
      if (level.announcesRecovery()) {
        alarm.addOkAction(action);
      }
      alarms.put(level, alarm);
    }
  }

  public IAlarm alarm(AlertLevel level) {
    return alarms.get(level);
  }
}
