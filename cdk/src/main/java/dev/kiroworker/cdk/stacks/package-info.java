/**
 * The four stacks, split by lifecycle: {@link dev.kiroworker.cdk.stacks.StateStack} (data that
 * outlives deployments), {@link dev.kiroworker.cdk.stacks.MonitoringStack} (alerts, alarms and the
 * dashboard), {@link dev.kiroworker.cdk.stacks.BuildStack} (the CodeBuild project) and {@link
 * dev.kiroworker.cdk.stacks.WorkflowStack} (functions, state machine, schedule).
 */
package dev.kiroworker.cdk.stacks;
