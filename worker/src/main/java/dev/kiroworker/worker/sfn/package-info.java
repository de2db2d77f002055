/**
 * {@code kiro-worker sfn}: runs, validates and draws state machine definitions with the local
 * engine.
 */
package dev.kiroworker.worker.sfn;
