package dev.kiroworker.cdk.config;

/**
 * The warning and error levels of every alarm an environment raises.
 *
 * @param executionFailures failed, timed-out or aborted executions per hour
 * @param buildFailurePercent failed builds as a percentage of the builds in a day
 * @param buildDurationMinutes the longest build in an hour
 * @param lambdaErrors errors of any one function in 15 minutes
 * @param lambdaThrottles throttles of any one function in 15 minutes
 * @param dynamoDbThrottles throttled requests on the lock table in 15 minutes
 * @param executionRunningMinutes how long an execution may run before it is overdue
 */
public record Alarms(
    AlarmLevels executionFailures,
    AlarmLevels buildFailurePercent,
    AlarmLevels buildDurationMinutes,
    AlarmLevels lambdaErrors,
    AlarmLevels lambdaThrottles,
    AlarmLevels dynamoDbThrottles,
    AlarmLevels executionRunningMinutes) {

  public Alarms {
    if (buildFailurePercent.error() > 100) {
      throw new InvalidEnvironmentException(
          "The build failure rate's error level is a percentage and cannot be above 100, but it"
              + " is "
              + buildFailurePercent.error()
              + ".");
    }
  }
}
