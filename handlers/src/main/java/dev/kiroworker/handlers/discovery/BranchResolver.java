package dev.kiroworker.handlers.discovery;

import dev.kiroworker.handlers.github.GitHubClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds an item's branch: a pull request's head branch; an issue's open closing pull request's head
 * branch, else the board's Branch field; a draft issue's Branch field. The branch is then
 * validated, so a hostile name never leaves discovery.
 */
final class BranchResolver {

  private final String branchField;

  BranchResolver(String branchField) {
    this.branchField = branchField;
  }

  BranchResolution resolve(BoardItem item, GitHubClient github) {
    return switch (item.contentType()) {
      case PULL_REQUEST -> pullRequest(item);
      case ISSUE -> issue(item, github);
      case DRAFT_ISSUE ->
          fromField(
              item,
              "a draft issue has no pull request and its '" + branchField + "' field is empty");
    };
  }

  private BranchResolution pullRequest(BoardItem item) {
    if (item.crossRepository()) {
      return BranchResolution.skip(
          "pull request #"
              + item.number()
              + " comes from a fork; its branch is not in the repository");
    }
    if (item.headBranch() != null) {
      return BranchResolution.of(item.headBranch());
    }
    return fromField(
        item, "the pull request has no head branch and '" + branchField + "' is empty");
  }

  private BranchResolution issue(BoardItem item, GitHubClient github) {
    List<LinkedPullRequest> linked =
        item.linkedPullRequests() != null ? item.linkedPullRequests() : lookUp(item, github);
    Optional<LinkedPullRequest> open =
        linked.stream()
            .filter(pr -> pr.open() && !pr.crossRepository() && pr.headRefName() != null)
            .findFirst();
    if (open.isPresent()) {
      return BranchResolution.of(open.get().headRefName());
    }
    return fromField(
        item,
        "the issue has no open pull request from this repository and its '"
            + branchField
            + "' field is empty");
  }

  private BranchResolution fromField(BoardItem item, String missing) {
    return item.branchField() == null
        ? BranchResolution.skip("no branch: " + missing)
        : BranchResolution.of(item.branchField());
  }

  /** One GraphQL request: the REST listing does not say which pull requests close an issue. */
  private static List<LinkedPullRequest> lookUp(BoardItem item, GitHubClient github) {
    String[] repository = item.repository().split("/", 2);
    return github
        .graphqlIfFound(
            "IssueClosingPullRequests",
            Map.of("owner", repository[0], "name", repository[1], "number", item.number()))
        .map(
            data ->
                GraphQlItems.linkedPullRequests(
                    data.path("repository").path("issue").path("closedByPullRequestsReferences")))
        .orElse(List.of());
  }
}
