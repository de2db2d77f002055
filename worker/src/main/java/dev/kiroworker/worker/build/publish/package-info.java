/**
 * The last build step: pushes the work item's branch (never forced, retried on network failures,
 * from a staging copy so no git config of the agent's is read) and writes the exported variables
 * the state machine reads from the finished build.
 */
package dev.kiroworker.worker.build.publish;
