package dev.kiroworker.handlers.pullrequest;

/**
 * UpdatePullRequest's result.
 *
 * @param commentId the results comment's id; null when there was nothing to comment on
 * @param commentUrl the comment's web address; null with {@code commentId}
 * @param created true when this run created the comment, false when it edited it (or none)
 * @param statusColumn the board column the item was moved to
 * @param apiCalls the GitHub requests sent
 */
public record UpdateResult(
    Long commentId, String commentUrl, boolean created, String statusColumn, int apiCalls) {}
