/** The {@code kiro-worker} command line: its entry point and the command tree. */
package dev.kiroworker.worker;
