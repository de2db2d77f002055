/**
 * The CDK for Java app that deploys kiro-worker: {@link dev.kiroworker.cdk.KiroWorkerApp} builds
 * the state, monitoring, build and workflow stacks for one environment chosen with {@code -c
 * environment=<name>}.
 */
package dev.kiroworker.cdk;
