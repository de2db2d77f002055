/**
 * The DynamoDB lock: a semaphore of N slots plus a key per work item, owned by Step Functions
 * executions, released by them or by the cleanup that follows an execution's abort or time-out.
 */
package dev.kiroworker.handlers.lock;
