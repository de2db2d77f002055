package dev.kiroworker.cdk.monitoring;

import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.cloudwatch.IAlarmAction;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.Grant;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.sns.ITopic;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

/**
 * Alerts by e-mail through one SNS topic, encrypted with its own KMS key and reachable only over
 * TLS, with one e-mail subscription per address. SNS mails each address a confirmation link once;
 * nothing is delivered to an address until it is confirmed.
 *
 * <p>Warnings and errors share the topic, and the same people receive both: the level is the last
 * word of the alarm's name, which SNS puts in the mail's subject. A second topic would only pay off
 * once errors go somewhere warnings do not (a pager), which is a new {@link AlertChannel}.
 *
 * <p>The key is a customer-managed one because the AWS-managed {@code alias/aws/sns} key cannot be
 * granted to CloudWatch, whose alarms then fail to publish without a word.
 */
public final class SnsEmailAlerts extends Construct implements AlertChannel {

  private final Topic topic;

  /**
   * @param topicName the topic's name
   * @param displayName the sender's name in the mails
   * @param emails who receives alerts; each gets a confirmation mail when first deployed
   */
  public SnsEmailAlerts(
      Construct scope, String id, String topicName, String displayName, List<String> emails) {
    super(scope, id);
    // SNS keeps no message once it is delivered, so nothing encrypted under this key outlives the
    // topic: the key goes with it rather than costing a month's fee per deleted deployment.
    Key key =
        Key.Builder.create(this, "Key")
            .description("Encrypts the " + topicName + " SNS topic's alert messages")
            .enableKeyRotation(true)
            .pendingWindow(Duration.days(7))
            .removalPolicy(RemovalPolicy.DESTROY)
            .build();
    // CloudWatch calls KMS itself when an alarm publishes to an encrypted topic; the account's
    // root statement does not cover a service principal, so it is named here.
    key.addToResourcePolicy(
        PolicyStatement.Builder.create()
            .sid("AllowCloudWatchAlarmsToPublishToTheAlertTopic")
            .effect(Effect.ALLOW)
            .principals(List.of(new ServicePrincipal("cloudwatch.amazonaws.com")))
            .actions(List.of("kms:Decrypt", "kms:GenerateDataKey*"))
            .resources(List.of("*"))
            .build());
    this.topic =
        Topic.Builder.create(this, "Topic")
            .topicName(topicName)
            .displayName(displayName)
            .masterKey(key)
            .enforceSsl(true)
            .build();
    // The address is the subscription's construct id, so reordering the list replaces nothing
    // and sends no one a second confirmation.
    emails.forEach(email -> topic.addSubscription(new EmailSubscription(email)));
  }

  @Override
  public IAlarmAction alarmAction(AlertLevel level) {
    return new SnsAction(topic);
  }

  @Override
  public ITopic failedRunTopic() {
    return topic;
  }

  /** Grants {@code sns:Publish} on the topic and the key use publishing needs. */
  @Override
  public Grant grantPublish(IGrantable grantee) {
    return topic.grantPublish(grantee);
  }
}
