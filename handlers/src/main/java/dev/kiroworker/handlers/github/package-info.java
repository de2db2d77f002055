/**
 * The GitHub client the handlers share: REST and GraphQL over one HTTP client, with retries, rate
 * limits, call counting and the GraphQL documents kept as resources. The implementation is in
 * {@code internal}; the token in {@code token}.
 */
package dev.kiroworker.handlers.github;
