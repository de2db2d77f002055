package dev.kiroworker.cdk.monitoring;

import dev.kiroworker.cdk.config.Alarms;
import dev.kiroworker.cdk.config.DeploymentEnvironment;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.constructs.Construct;

/**
 * Every alarm of one environment: a warning and an error level for each metric {@link Alarms}
 * configures, over the period its levels are documented for. The alarms know the channel only as an
 * {@link AlertChannel}.
 */
public final class WorkflowAlarms extends Construct {

  /** Where each description sends the reader for more. */
  static final String MORE = " More: docs/deployment.md#alarms.";

  private final List<TwoLevelAlarm> alarms = new ArrayList<>();

  public WorkflowAlarms(
      Construct scope,
      String id,
      DeploymentEnvironment environment,
      MonitoredResources resources,
      String dashboardName,
      AlertChannel channel) {
    super(scope, id);
    String prefix = "kiro-worker-" + environment.name();
    for (AlarmedMetric alarmed : alarmedMetrics(environment, resources, dashboardName)) {
      alarms.add(new TwoLevelAlarm(this, constructId(alarmed.key()), prefix, alarmed, channel));
    }
  }

  /** Each metric's pair of alarms, in the order {@link Alarms} lists the metrics. */
  public List<TwoLevelAlarm> pairs() {
    return List.copyOf(alarms);
  }

  /** All alarms, errors first, for an alarm status widget. */
  public List<IAlarm> all() {
    List<IAlarm> all = new ArrayList<>();
    alarms.forEach(pair -> all.add(pair.alarm(AlertLevel.ERROR)));
    alarms.forEach(pair -> all.add(pair.alarm(AlertLevel.WARNING)));
    return all;
  }

  static List<AlarmedMetric> alarmedMetrics(
      DeploymentEnvironment environment, MonitoredResources resources, String dashboardName) {
    WorkflowMetrics metrics = new WorkflowMetrics(resources);
    Alarms levels = environment.alarms();
    String env = environment.name();
    String stateMachine = resources.stateMachineName();
    String project = resources.buildProject();
    Duration quarterHour = Duration.minutes(15);
    return List.of(
        new AlarmedMetric(
            "execution-failures",
            metrics.executionFailures(Duration.hours(1)),
            levels.executionFailures(),
            threshold ->
                threshold
                    + " or more runs of the kiro-worker workflow in "
                    + env
                    + " failed, timed out or were aborted in the last hour. Open state machine "
                    + stateMachine
                    + " in the Step Functions console and filter its executions by Failed, Timed"
                    + " out and Aborted. Runs failed with KiroWorker.SpecRejected or"
                    + " KiroWorker.WorkItemFailed are explained on their pull requests and in the"
                    + " failed-run mails: fix the spec or the code, then move the board item back"
                    + " to the ready column. Any other error, a time-out or an abort is a fault in"
                    + " kiro-worker or its setup: find the failing state in the execution's event"
                    + " history, read its error and cause, and fix that."
                    + MORE),
        new AlarmedMetric(
            "build-failure-rate",
            metrics.buildFailurePercent(Duration.days(1)),
            levels.buildFailurePercent(),
            threshold ->
                threshold
                    + " % or more of the builds of CodeBuild project "
                    + project
                    + " in "
                    + env
                    + " failed over the last day. Open the project's build history in the"
                    + " CodeBuild console and read the failed builds' phase details and logs: the"
                    + " same failure in every build points at the build environment (image,"
                    + " secrets, network); different failures point at the work items' code and"
                    + " tests, explained on their pull requests."
                    + MORE),
        new AlarmedMetric(
            "build-duration",
            metrics.longestBuildMinutes(Duration.hours(1)),
            levels.buildDurationMinutes(),
            threshold ->
                "A build of CodeBuild project "
                    + project
                    + " in "
                    + env
                    + " took "
                    + threshold
                    + " minutes or more in the last hour (the build timeout is "
                    + environment.buildTimeoutMinutes()
                    + " minutes). Open the build in the CodeBuild console and see which phase"
                    + " took the time: a long agent run calls for smaller tasks in tasks.md, slow"
                    + " tests for a faster test command in .kiro/worker.yml, a long queue for more"
                    + " CodeBuild capacity. Raise buildTimeoutMinutes only if the work needs it."
                    + MORE),
        new AlarmedMetric(
            "lambda-errors",
            metrics.mostLambdaErrors(quarterHour),
            levels.lambdaErrors(),
            threshold ->
                "A kiro-worker handler function in "
                    + env
                    + " raised "
                    + threshold
                    + " or more errors in 15 minutes. The Lambda errors graph on dashboard "
                    + dashboardName
                    + " shows which one; read its log group /aws/lambda/kiro-worker-"
                    + env
                    + "-<Handler> for the exception. The workflow retries transient errors, so"
                    + " repeated ones mean a lasting fault: a missing secret or permission, the"
                    + " project document, or the GitHub API."
                    + MORE),
        new AlarmedMetric(
            "lambda-throttles",
            metrics.mostLambdaThrottles(quarterHour),
            levels.lambdaThrottles(),
            threshold ->
                "Lambda throttled a kiro-worker handler function in "
                    + env
                    + " "
                    + threshold
                    + " or more times in 15 minutes. The workflow retries throttled calls, but"
                    + " repeated throttling delays or fails runs. The Lambda throttles graph on"
                    + " dashboard "
                    + dashboardName
                    + " shows which function; check the account's unreserved concurrency in the"
                    + " Lambda console and other functions using it up, and ask for a higher"
                    + " concurrency quota if the account is at its limit."
                    + MORE),
        new AlarmedMetric(
            "lock-table-throttles",
            metrics.lockTableThrottles(quarterHour),
            levels.dynamoDbThrottles(),
            threshold ->
                "DynamoDB throttled "
                    + threshold
                    + " or more requests to lock table "
                    + resources.lockTable()
                    + " in "
                    + env
                    + " in 15 minutes. kiro-worker writes a handful of lock items per run, so this"
                    + " means runaway retries or another writer: check the table's Monitor tab in"
                    + " the DynamoDB console for the throttled operation and the state machine's"
                    + " executions for a run that loops. Throttled lock calls are retried as"
                    + " transient errors."
                    + MORE),
        new AlarmedMetric(
            "execution-duration",
            metrics.longestExecutionMinutes(Duration.hours(1)),
            levels.executionRunningMinutes(),
            threshold ->
                "A run of the kiro-worker workflow in "
                    + env
                    + " took "
                    + threshold
                    + " minutes or more. Step Functions reports a run's duration only when it"
                    + " ends, so this alarm fires then, not while the run is still going. Open"
                    + " state machine "
                    + stateMachine
                    + " in the Step Functions console, sort its executions by duration and read the"
                    + " slow run's event history: usually RunBuild waited in the CodeBuild queue or"
                    + " ran to the build timeout ("
                    + environment.buildTimeoutMinutes()
                    + " minutes)."
                    + MORE));
  }

  /** {@code build-failure-rate} becomes {@code BuildFailureRate}. */
  private static String constructId(String key) {
    StringBuilder id = new StringBuilder();
    for (String word : key.split("-")) {
      id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return id.toString();
  }
}
