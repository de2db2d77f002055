package dev.kiroworker.cdk.stacks;

import dev.kiroworker.cdk.ResourceNames;
import dev.kiroworker.cdk.config.DeploymentEnvironment;
import dev.kiroworker.cdk.monitoring.AlertChannel;
import dev.kiroworker.cdk.monitoring.MonitoredResources;
import dev.kiroworker.cdk.monitoring.OperationsDashboard;
import dev.kiroworker.cdk.monitoring.SnsEmailAlerts;
import dev.kiroworker.cdk.monitoring.WorkflowAlarms;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.sns.ITopic;
import software.constructs.Construct;

/**
 * Alerts, alarms and the dashboard. It alarms on the other stacks' metrics by their resource names
 * ({@link ResourceNames}), so it needs no reference to them, deploys first, and the workflow can
 * depend on its alert channel. Alarms on a resource not deployed yet see no data and stay OK.
 *
 * <p>Alerts go out through {@link SnsEmailAlerts}; another {@link AlertChannel} here (SES, a chat
 * webhook) changes how they are delivered without touching an alarm.
 */
public final class MonitoringStack extends Stack {

  private final AlertChannel alerts;

  public MonitoringStack(
      Construct scope,
      String id,
      StackProps props,
      DeploymentEnvironment environment,
      ResourceNames names) {
    super(scope, id, props);
    this.alerts =
        new SnsEmailAlerts(
            this,
            "Alerts",
            names.alertTopic(),
            "kiro-worker " + environment.name(),
            environment.alertEmails());
    MonitoredResources resources = MonitoredResources.of(this, names);
    WorkflowAlarms alarms =
        new WorkflowAlarms(this, "Alarms", environment, resources, names.dashboard(), alerts);
    new OperationsDashboard(this, "Operations", names.dashboard(), resources, alarms.all());
  }

  /** Where failed runs are announced; the state machine publishes to it. */
  public ITopic alertTopic() {
    return alerts.failedRunTopic();
  }

  /**
   * How alerts reach people; the workflow stack calls {@link AlertChannel#grantPublish} for the
   * state machine's role, which covers the topic's encryption key.
   */
  public AlertChannel alertChannel() {
    return alerts;
  }
}
