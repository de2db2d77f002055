package dev.kiroworker.worker.demo.github;

import java.time.Instant;

/**
 * A comment on a pull request or issue, as the stand-in holds it.
 *
 * @param number the pull request or issue it is on
 */
public record IssueComment(
    long id, int number, String body, Instant createdAt, Instant updatedAt) {}
