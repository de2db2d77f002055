/** {@code kiro-worker sfn}: runs and validates state machine definitions on the local engine. */
package dev.kiroworker.worker.sfn;
