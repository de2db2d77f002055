/**
 * What watches kiro-worker once it is deployed: the metrics of the state machine, the build
 * project, the handlers and the lock table, found by their names ({@link
 * dev.kiroworker.cdk.monitoring.MonitoredResources}); a warning and an error alarm per metric
 * ({@link dev.kiroworker.cdk.monitoring.WorkflowAlarms}); the dashboard; and the {@link
 * dev.kiroworker.cdk.monitoring.AlertChannel} that carries alarms to people, today {@link
 * dev.kiroworker.cdk.monitoring.SnsEmailAlerts}.
 */
package dev.kiroworker.cdk.monitoring;
