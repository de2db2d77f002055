package dev.kiroworker.statemachine;

/** How an execution ended, named as AWS's {@code DescribeExecution} names it. */
public enum ExecutionStatus {
  SUCCEEDED,
  FAILED,
  TIMED_OUT
}
