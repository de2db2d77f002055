/**
 * How the GitHub client works inside: addresses, sending, classifying answers, rate limits and
 * retries. Not for use outside {@code dev.kiroworker.handlers.github}; it may change at any time.
 */
package dev.kiroworker.handlers.github.internal;
