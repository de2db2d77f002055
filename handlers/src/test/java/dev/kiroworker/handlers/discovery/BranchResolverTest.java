package dev.kiroworker.handlers.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BranchResolverTest {

  private final BranchResolver resolver = new BranchResolver("Branch");

  @Test
  void resolve_pullRequestWithoutHeadBranch_usesTheBranchField() {
    BranchResolution resolution =
        resolver.resolve(item(ContentType.PULL_REQUEST, null, "feature/x", List.of()), null);

    assertThat(resolution.branch()).isEqualTo("feature/x");
  }

  @Test
  void resolve_pullRequestWithoutAnyBranch_isSkippedWithTheReason() {
    BranchResolution resolution =
        resolver.resolve(item(ContentType.PULL_REQUEST, null, null, List.of()), null);

    assertThat(resolution.resolved()).isFalse();
    assertThat(resolution.skipReason())
        .isEqualTo("no branch: the pull request has no head branch and 'Branch' is empty");
  }

  @Test
  void resolve_issue_usesTheFirstOpenSameRepositoryPullRequest() {
    List<LinkedPullRequest> linked =
        List.of(
            new LinkedPullRequest(7, false, "feature/closed", false),
            new LinkedPullRequest(8, true, "feature/fork", true),
            new LinkedPullRequest(9, true, null, false),
            new LinkedPullRequest(10, true, "feature/open", false));

    BranchResolution resolution =
        resolver.resolve(item(ContentType.ISSUE, null, "feature/field", linked), null);

    assertThat(resolution.branch()).isEqualTo("feature/open");
  }

  @Test
  void resolve_invalidBranchFromAPullRequest_isSkippedNotPassedOn() {
    BranchResolution resolution =
        resolver.resolve(item(ContentType.PULL_REQUEST, "-delete", null, List.of()), null);

    assertThat(resolution.branch()).isNull();
    assertThat(resolution.skipReason()).startsWith("invalid branch name: ");
  }

  private static BoardItem item(
      ContentType type, String headBranch, String branchField, List<LinkedPullRequest> linked) {
    return new BoardItem(
        "PVTI_x",
        type,
        5,
        "Title",
        "https://github.com/octo-org/sample-service/pull/5",
        "octo-org/sample-service",
        true,
        "For Implementation",
        Instant.parse("2026-11-01T00:00:00Z"),
        false,
        headBranch,
        false,
        branchField,
        null,
        linked);
  }
}
