/** {@code kiro-worker invoke}: runs one Lambda task handler in this process, as Lambda would. */
package dev.kiroworker.worker.invoke;
