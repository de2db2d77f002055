/**
 * Removes secrets from text before it leaves the process: log lines, PR comments, alerts,
 * artifacts.
 */
package dev.kiroworker.handlers.scrub;
