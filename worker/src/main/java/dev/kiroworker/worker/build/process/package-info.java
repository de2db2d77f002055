/** Runs external processes (git, the Kiro CLI, test commands) with timeouts and scrubbed output. */
package dev.kiroworker.worker.build.process;
