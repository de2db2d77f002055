/**
 * {@code kiro-worker build implement}: runs the configured coding agent on each open task of the
 * spec's {@code tasks.md}, within a task limit and a time budget, judges each run by the changes it
 * left, ticks and commits the tasks it completed, and records what happened in the build summary.
 */
package dev.kiroworker.worker.build.implement;
