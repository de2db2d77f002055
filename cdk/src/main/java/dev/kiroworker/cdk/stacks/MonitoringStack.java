package dev.kiroworker.cdk.stacks;

import dev.kiroworker.cdk.ResourceNames;
import dev.kiroworker.cdk.config.DeploymentEnvironment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.sns.ITopic;
import software.amazon.awscdk.services.sns.Topic;
import software.constructs.Construct;

/**
 * Alerts, alarms and the dashboard. It alarms on the other stacks' metrics by their resource names
 * ({@link ResourceNames}), so it needs no reference to them and the workflow can depend on its
 * alert topic.
 */
public final class MonitoringStack extends Stack {

  private final Topic alertTopic;

  public MonitoringStack(
      Construct scope,
      String id,
      StackProps props,
      DeploymentEnvironment environment,
      ResourceNames names) {
    super(scope, id, props);
    this.alertTopic =
        Topic.Builder.create(this, "AlertTopic")
            .topicName(names.alertTopic())
            .displayName("kiro-worker " + environment.name())
            .enforceSsl(true)
            .build();
  }

  /** Where failed runs are announced; the state machine publishes to it. */
  public ITopic alertTopic() {
    return alertTopic;
  }
}
