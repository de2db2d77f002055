package dev.kiroworker.cdk.monitoring;

import software.amazon.awscdk.services.cloudwatch.IAlarmAction;
import software.amazon.awscdk.services.iam.Grant;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.sns.ITopic;

/**
 * How alerts reach people. Alarms ask the channel only for {@link #alarmAction(AlertLevel)}, so
 * sending them through SES, a chat webhook or a paging service means writing another
 * implementation, with no change to any alarm.
 *
 * <p>The workflow's {@code NotifyFailure} state announces failed runs with Step Functions' {@code
 * sns:publish} integration, so every channel also offers the SNS topic it listens on ({@link
 * #failedRunTopic()}); a webhook channel would subscribe its function to that topic.
 */
public interface AlertChannel {

  /** What an alarm of {@code level} triggers when it changes state. */
  IAlarmAction alarmAction(AlertLevel level);

  /** The topic the state machine publishes failed-run alerts to. */
  ITopic failedRunTopic();

  /**
   * Lets {@code grantee} (the state machine's role) publish to {@link #failedRunTopic()}, including
   * the use of its encryption key.
   */
  Grant grantPublish(IGrantable grantee);
}
