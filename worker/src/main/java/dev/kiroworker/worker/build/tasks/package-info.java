/** Reads a Kiro spec's {@code tasks.md}, picks the open tasks and ticks them when done. */
package dev.kiroworker.worker.build.tasks;
