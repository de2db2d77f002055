/**
 * Where the GitHub token comes from: the {@code GITHUB_TOKEN} setting locally, AWS Secrets Manager
 * in Lambda, cached per container. A token never appears in logs, messages or {@code toString()}.
 */
package dev.kiroworker.handlers.github.token;
