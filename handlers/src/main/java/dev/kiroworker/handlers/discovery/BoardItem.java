package dev.kiroworker.handlers.discovery;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One board item as either API reported it, reduced to what discovery decides on.
 *
 * @param projectItemId the item's node id ({@code PVTI_...}), the key of its lock
 * @param contentType null when the token cannot see the content
 * @param number the issue or pull request number; null for a draft issue
 * @param repository {@code owner/name}; null for a draft issue
 * @param open whether the issue or pull request is open; true for a draft issue
 * @param headBranch a pull request's head branch; null otherwise
 * @param crossRepository whether a pull request's head branch lives in a fork
 * @param branchField the board's Branch text field; null when empty
 * @param priority the board's priority number; null when unset or not configured
 * @param linkedPullRequests an issue's open closing pull requests; null when not yet known (the
 *     REST listing does not carry them, so they are looked up only for the issue about to be run)
 */
record BoardItem(
    String projectItemId,
    ContentType contentType,
    Integer number,
    String title,
    String url,
    String repository,
    boolean open,
    String status,
    Instant createdAt,
    boolean archived,
    String headBranch,
    boolean crossRepository,
    String branchField,
    Double priority,
    List<LinkedPullRequest> linkedPullRequests) {

  BoardItem {
    Objects.requireNonNull(projectItemId, "projectItemId");
    Objects.requireNonNull(createdAt, "createdAt");
    linkedPullRequests = linkedPullRequests == null ? null : List.copyOf(linkedPullRequests);
  }

  /** A copy with an issue's closing pull requests, once looked up. */
  BoardItem withLinkedPullRequests(List<LinkedPullRequest> pullRequests) {
    return new BoardItem(
        projectItemId,
        contentType,
        number,
        title,
        url,
        repository,
        open,
        status,
        createdAt,
        archived,
        headBranch,
        crossRepository,
        branchField,
        priority,
        pullRequests);
  }
}
