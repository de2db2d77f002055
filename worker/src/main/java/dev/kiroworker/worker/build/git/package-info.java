/** Git in a clone after checkout: commits, diffs and pushes, run as argument lists, scrubbed. */
package dev.kiroworker.worker.build.git;
