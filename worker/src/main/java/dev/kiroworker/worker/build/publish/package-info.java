/**
 * The last build step: pushes the work item's branch (never forced, retried on network failures)
 * and writes the exported variables the state machine reads from the finished build.
 */
package dev.kiroworker.worker.build.publish;
