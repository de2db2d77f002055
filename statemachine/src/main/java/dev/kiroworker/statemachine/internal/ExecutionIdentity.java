package dev.kiroworker.statemachine.internal;

/**
 * The names and ARNs that an execution's context object and history show.
 *
 * @param region the region in ARNs, e.g. {@code us-east-1}
 * @param account the account in ARNs
 */
record ExecutionIdentity(
    String region, String account, String stateMachineName, String executionName, String roleArn) {

  String stateMachineArn() {
    return "arn:aws:states:" + region + ":" + account + ":stateMachine:" + stateMachineName;
  }

  String executionArn() {
    return "arn:aws:states:"
        + region
        + ":"
        + account
        + ":execution:"
        + stateMachineName
        + ":"
        + executionName;
  }
}
