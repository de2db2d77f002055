package dev.kiroworker.cdk.monitoring;

import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.AlarmStatusWidget;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.GraphWidget;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.IWidget;
import software.amazon.awscdk.services.cloudwatch.Stats;
import software.amazon.awscdk.services.cloudwatch.TextWidget;
import software.constructs.Construct;

/**
 * The on-call's first page: the alarms' states, then one row each for the workflow's executions,
 * the builds, the handler functions and the lock table, every graph titled with the resource it
 * shows.
 */
public final class OperationsDashboard extends Construct {

  private static final Duration PERIOD = Duration.minutes(5);

  public OperationsDashboard(
      Construct scope,
      String id,
      String dashboardName,
      MonitoredResources resources,
      List<IAlarm> alarms) {
    super(scope, id);
    WorkflowMetrics metrics = new WorkflowMetrics(resources);
    Dashboard dashboard =
        Dashboard.Builder.create(this, "Dashboard")
            .dashboardName(dashboardName)
            .defaultInterval(Duration.days(1))
            .build();
    dashboard.addWidgets(
        TextWidget.Builder.create()
            .markdown(
                "# kiro-worker "
                    + resources.environment()
                    + "\nState machine `"
                    + resources.stateMachineName()
                    + "`, build project `"
                    + resources.buildProject()
                    + "`, lock table `"
                    + resources.lockTable()
                    + "`. What each alarm means and what to do: docs/deployment.md#alarms.")
            .width(24)
            .height(2)
            .build());
    dashboard.addWidgets(
        AlarmStatusWidget.Builder.create()
            .title("Alarms (errors first)")
            .alarms(alarms)
            .width(24)
            .height(4)
            .build());
    dashboard.addWidgets(
        graph(
            "Executions of state machine " + resources.stateMachineName(),
            metrics.executionOutcomes(PERIOD)),
        graph(
            "Longest execution (minutes), " + resources.stateMachineName(),
            List.of(metrics.longestExecutionMinutes(PERIOD))));
    dashboard.addWidgets(
        graph(
            "Builds of CodeBuild project " + resources.buildProject(), metrics.buildCounts(PERIOD)),
        graph(
            "Longest build (minutes), " + resources.buildProject(),
            List.of(metrics.longestBuildMinutes(PERIOD))));
    dashboard.addWidgets(
        graph("Lambda errors by handler", metrics.perFunction("Errors", Stats.SUM, PERIOD), 8),
        graph(
            "Lambda throttles by handler", metrics.perFunction("Throttles", Stats.SUM, PERIOD), 8),
        graph(
            "Lambda duration by handler, maximum (ms)",
            metrics.perFunction("Duration", Stats.MAXIMUM, PERIOD),
            8));
    dashboard.addWidgets(
        graph(
            "Throttled requests, lock table " + resources.lockTable(),
            metrics.lockTableThrottleEvents(PERIOD)));
  }

  private static IWidget graph(String title, List<IMetric> metrics) {
    return graph(title, metrics, 12);
  }

  private static IWidget graph(String title, List<IMetric> metrics, int width) {
    return GraphWidget.Builder.create().title(title).left(metrics).width(width).height(6).build();
  }
}
