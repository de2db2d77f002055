package dev.kiroworker.cdk.monitoring;

import dev.kiroworker.cdk.monitoring.MonitoredResources.MonitoredFunction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.Stats;

/**
 * The CloudWatch metrics of the monitored resources, for alarms and the dashboard alike. Sums of
 * several metrics fill gaps with 0, since a service publishes a metric only when it has a value:
 * without the fill, one failure and no time-out in an hour would add up to no data at all.
 */
public final class WorkflowMetrics {

  private static final String STATES = "AWS/States";
  private static final String CODEBUILD = "AWS/CodeBuild";
  private static final String LAMBDA = "AWS/Lambda";
  private static final String DYNAMODB = "AWS/DynamoDB";

  /** CloudWatch's limit on the metrics one alarm may use. */
  static final int MAX_METRICS_PER_ALARM = 10;

  private final MonitoredResources resources;

  public WorkflowMetrics(MonitoredResources resources) {
    this.resources = resources;
  }

  /** Started, succeeded, failed, timed-out and aborted executions, each a sum per period. */
  public List<IMetric> executionOutcomes(Duration period) {
    return List.of(
        execution("ExecutionsStarted", "Started", period),
        execution("ExecutionsSucceeded", "Succeeded", period),
        execution("ExecutionsFailed", "Failed", period),
        execution("ExecutionsTimedOut", "Timed out", period),
        execution("ExecutionsAborted", "Aborted", period));
  }

  /** Executions that failed, timed out or were aborted: every run that did not end well. */
  public IMetric executionFailures(Duration period) {
    return MathExpression.Builder.create()
        .expression("FILL(failed, 0) + FILL(timedOut, 0) + FILL(aborted, 0)")
        .usingMetrics(
            Map.of(
                "failed", execution("ExecutionsFailed", "Failed", period),
                "timedOut", execution("ExecutionsTimedOut", "Timed out", period),
                "aborted", execution("ExecutionsAborted", "Aborted", period)))
        .label("Failed, timed-out or aborted executions")
        .period(period)
        .build();
  }

  /**
   * The longest execution that ended in the period, in minutes. Step Functions publishes {@code
   * ExecutionTime} when an execution ends, never while it runs, so an overdue execution shows here
   * once it is over.
   */
  public IMetric longestExecutionMinutes(Duration period) {
    return minutes(
        "executionTime",
        Metric.Builder.create()
            .namespace(STATES)
            .metricName("ExecutionTime")
            .dimensionsMap(Map.of("StateMachineArn", resources.stateMachineArn()))
            .statistic(Stats.MAXIMUM)
            .period(period)
            .build(),
        60_000,
        "Longest execution (minutes)",
        period);
  }

  /** Builds, succeeded builds and failed builds of the project, each a sum per period. */
  public List<IMetric> buildCounts(Duration period) {
    return List.of(
        build("Builds", "Builds", Stats.SUM, period),
        build("SucceededBuilds", "Succeeded", Stats.SUM, period),
        build("FailedBuilds", "Failed", Stats.SUM, period));
  }

  /** Failed builds as a percentage of all builds; no data in a period without builds. */
  public IMetric buildFailurePercent(Duration period) {
    return MathExpression.Builder.create()
        .expression("100 * FILL(failed, 0) / builds")
        .usingMetrics(
            Map.of(
                "failed", build("FailedBuilds", "Failed", Stats.SUM, period),
                "builds", build("Builds", "Builds", Stats.SUM, period)))
        .label("Failed builds (%)")
        .period(period)
        .build();
  }

  /** The longest build that ended in the period, in minutes (CodeBuild reports seconds). */
  public IMetric longestBuildMinutes(Duration period) {
    return minutes(
        "duration",
        build("Duration", "Duration", Stats.MAXIMUM, period),
        60,
        "Longest build (minutes)",
        period);
  }

  /** One metric per handler function, labelled with the handler's name. */
  public List<IMetric> perFunction(String metricName, String statistic, Duration period) {
    return resources.functions().stream()
        .map(function -> (IMetric) function(function, metricName, statistic, period))
        .toList();
  }

  /** The most errors any one handler function raised in the period. */
  public IMetric mostLambdaErrors(Duration period) {
    return worstFunction("Errors", "Most errors of one function", period);
  }

  /** The most throttled invocations of any one handler function in the period. */
  public IMetric mostLambdaThrottles(Duration period) {
    return worstFunction("Throttles", "Most throttles of one function", period);
  }

  /** Read and write requests DynamoDB throttled on the lock table. */
  public IMetric lockTableThrottles(Duration period) {
    return MathExpression.Builder.create()
        .expression("FILL(reads, 0) + FILL(writes, 0)")
        .usingMetrics(
            Map.of(
                "reads", lockTable("ReadThrottleEvents", "Read throttles", period),
                "writes", lockTable("WriteThrottleEvents", "Write throttles", period)))
        .label("Throttled lock table requests")
        .period(period)
        .build();
  }

  /** The lock table's read and write throttle events, each a sum per period. */
  public List<IMetric> lockTableThrottleEvents(Duration period) {
    return List.of(
        lockTable("ReadThrottleEvents", "Read throttles", period),
        lockTable("WriteThrottleEvents", "Write throttles", period));
  }

  private IMetric worstFunction(String metricName, String label, Duration period) {
    if (resources.functions().size() > MAX_METRICS_PER_ALARM) {
      throw new IllegalStateException(
          "The workflow invokes "
              + resources.functions().size()
              + " functions, but one CloudWatch alarm can watch at most "
              + MAX_METRICS_PER_ALARM
              + " metrics; split the Lambda alarms into groups of "
              + MAX_METRICS_PER_ALARM
              + ".");
    }
    Map<String, IMetric> byId = new LinkedHashMap<>();
    for (MonitoredFunction function : resources.functions()) {
      byId.put(expressionId(function), function(function, metricName, Stats.SUM, period));
    }
    // MAX over an array of series is a series of the largest value at each point in time.
    String series =
        byId.keySet().stream().map(id -> "FILL(" + id + ", 0)").collect(Collectors.joining(", "));
    return MathExpression.Builder.create()
        .expression("MAX([" + series + "])")
        .usingMetrics(byId)
        .label(label)
        .period(period)
        .build();
  }

  /** A math expression id: a lower-case first letter, then letters and digits. */
  private static String expressionId(MonitoredFunction function) {
    String handler = function.handler();
    return Character.toLowerCase(handler.charAt(0)) + handler.substring(1);
  }

  private static IMetric minutes(
      String id, Metric metric, int unitsPerMinute, String label, Duration period) {
    return MathExpression.Builder.create()
        .expression(id + " / " + unitsPerMinute)
        .usingMetrics(Map.of(id, metric))
        .label(label)
        .period(period)
        .build();
  }

  private Metric execution(String metricName, String label, Duration period) {
    return Metric.Builder.create()
        .namespace(STATES)
        .metricName(metricName)
        .dimensionsMap(Map.of("StateMachineArn", resources.stateMachineArn()))
        .statistic(Stats.SUM)
        .label(label)
        .period(period)
        .build();
  }

  private Metric build(String metricName, String label, String statistic, Duration period) {
    return Metric.Builder.create()
        .namespace(CODEBUILD)
        .metricName(metricName)
        .dimensionsMap(Map.of("ProjectName", resources.buildProject()))
        .statistic(statistic)
        .label(label)
        .period(period)
        .build();
  }

  private Metric function(
      MonitoredFunction function, String metricName, String statistic, Duration period) {
    return Metric.Builder.create()
        .namespace(LAMBDA)
        .metricName(metricName)
        .dimensionsMap(Map.of("FunctionName", function.functionName()))
        .statistic(statistic)
        .label(function.handler())
        .period(period)
        .build();
  }

  private Metric lockTable(String metricName, String label, Duration period) {
    return Metric.Builder.create()
        .namespace(DYNAMODB)
        .metricName(metricName)
        .dimensionsMap(Map.of("TableName", resources.lockTable()))
        .statistic(Stats.SUM)
        .label(label)
        .period(period)
        .build();
  }
}
