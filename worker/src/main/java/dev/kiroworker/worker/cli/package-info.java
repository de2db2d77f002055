/** What every {@code kiro-worker} command shares: its console, exit codes and input errors. */
package dev.kiroworker.worker.cli;
