package dev.kiroworker.handlers.discovery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.kiroworker.handlers.discovery.Boards.ORG_PROJECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.handlers.config.ProjectConfig;
import dev.kiroworker.handlers.config.ProjectConfig.OwnerType;
import dev.kiroworker.handlers.discovery.DiscoveryResult.SkippedItem;
import dev.kiroworker.handlers.discovery.DiscoveryResult.StuckItem;
import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.handlers.github.VirtualTime;
import dev.kiroworker.testsupport.GitHubApi;
import dev.kiroworker.testsupport.GitHubApiExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(GitHubApiExtension.class)
class WorkItemDiscoveryRestTest {

  private static final String ITEM = "PVTI_lADOBXkHcM4AqZ3xzgA";

  private final VirtualTime time = new VirtualTime();
  private final WorkItemDiscovery discovery =
      new WorkItemDiscovery(item -> item.equals(ITEM + "109"), time);

  @Test
  void discover_withPriority_runsTheLowestPriorityItemWithAValidBranch(GitHubApi github) {
    Boards.stubTwoPageBoard(github, ORG_PROJECT);

    DiscoveryResult result = discover(github, Boards.orgConfig("Priority"));

    assertThat(result.found()).isTrue();
    assertThat(result.item().projectItemId()).isEqualTo(ITEM + "102");
    assertThat(result.item().contentType()).isEqualTo(ContentType.PULL_REQUEST);
    assertThat(result.item().number()).isEqualTo(42);
    assertThat(result.item().title()).isEqualTo("Export the report as CSV");
    assertThat(result.item().url()).isEqualTo("https://github.com/octo-org/sample-service/pull/42");
    assertThat(result.item().repository()).isEqualTo("octo-org/sample-service");
    assertThat(result.item().branch()).isEqualTo("feature/export-csv");
    assertThat(result.item().specPath()).isEqualTo(".kiro/specs/feature-export-csv");
    assertThat(result.item().createdAt()).isEqualTo("2026-11-12T09:00:00Z");
    assertThat(result.skipped())
        .extracting(SkippedItem::projectItemId)
        .containsExactly(ITEM + "105", ITEM + "104", ITEM + "108");
    assertThat(result.scanned()).isEqualTo(9);
    assertThat(result.path()).isEqualTo("rest");
    assertThat(result.apiCalls()).isEqualTo(3);
  }

  @Test
  void discover_sendsTheStatusFilterAndTheFieldIdsToGitHub(GitHubApi github) {
    Boards.stubTwoPageBoard(github, ORG_PROJECT);

    discover(github, Boards.orgConfig("Priority"));

    github.verify(
        1,
        getRequestedFor(urlPathEqualTo(ORG_PROJECT + "/items"))
            .withQueryParam("q", equalTo(Boards.READY_OR_IN_PROGRESS))
            .withQueryParam("fields", equalTo("3001,3002,3003"))
            .withQueryParam("per_page", equalTo("100")));
    github.verify(
        1,
        getRequestedFor(urlPathEqualTo(ORG_PROJECT + "/items"))
            .withQueryParam("after", equalTo(Boards.PAGE_2_CURSOR)));
  }

  @Test
  void discover_reportsWhyEachPassedOverItemWasSkipped(GitHubApi github) {
    Boards.stubTwoPageBoard(github, ORG_PROJECT);

    DiscoveryResult result = discover(github, Boards.orgConfig("Priority"));

    assertThat(result.skipped())
        .extracting(SkippedItem::reason)
        .containsExactly(
            "repository octo-org/billing is not in the allow-list",
            "no branch: a draft issue has no pull request and its 'Branch' field is empty",
            "invalid branch name: the branch name may only contain letters, digits and . _ / -"
                + " (got 'feature/$(rm -rf)')");
  }

  @Test
  void discover_withoutPriority_runsTheOldestItemWithAValidBranch(GitHubApi github) {
    Boards.stubTwoPageBoard(github, ORG_PROJECT);

    DiscoveryResult result = discover(github, Boards.orgConfig(null));

    assertThat(result.item().projectItemId()).isEqualTo(ITEM + "103");
    assertThat(result.item().contentType()).isEqualTo(ContentType.DRAFT_ISSUE);
    assertThat(result.item().number()).isNull();
    assertThat(result.item().repository()).isNull();
    assertThat(result.item().branch()).isEqualTo("feature/dark-mode");
    assertThat(result.item().specPath()).isEqualTo(".kiro/specs/feature-dark-mode");
    assertThat(result.skipped())
        .extracting(SkippedItem::projectItemId)
        .containsExactly(ITEM + "105", ITEM + "104", ITEM + "108");
    github.verify(
        getRequestedFor(urlPathEqualTo(ORG_PROJECT + "/items"))
            .withQueryParam("fields", equalTo("3001,3002")));
  }

  @Test
  void discover_reportsInProgressItemsWithoutALiveLockAsStuck(GitHubApi github) {
    Boards.stubTwoPageBoard(github, ORG_PROJECT);

    DiscoveryResult result = discover(github, Boards.orgConfig("Priority"));

    // Item 109 is in progress too, but its run still holds the lock.
    assertThat(result.stuckItems())
        .containsExactly(
            new StuckItem(ITEM + "106", 51, "Paginate the audit log", "octo-org/sample-service"));
  }

  @Test
  void discover_issueWithALinkedPullRequest_runsOnThePullRequestsBranch(GitHubApi github) {
    Boards.stubItems(github, ORG_PROJECT, "list-items-issue-with-linked-pr.json");
    Boards.stubClosingPullRequests(github, 17, "open-pull-request.json");

    DiscoveryResult result = discover(github, Boards.orgConfig(null));

    assertThat(result.item().contentType()).isEqualTo(ContentType.ISSUE);
    assertThat(result.item().number()).isEqualTo(17);
    assertThat(result.item().branch()).isEqualTo("feature/magic-link");
    assertThat(result.apiCalls()).isEqualTo(3);
    github.verify(1, postRequestedFor(urlEqualTo("/graphql")));
  }

  @Test
  void discover_issueWhosePullRequestComesFromAFork_fallsBackToTheBranchField(GitHubApi github) {
    Boards.stubItems(github, ORG_PROJECT, "list-items-issue-with-fork-pr.json");
    Boards.stubClosingPullRequests(github, 18, "fork-pull-request.json");

    DiscoveryResult result = discover(github, Boards.orgConfig(null));

    assertThat(result.item().projectItemId()).isEqualTo(ITEM + "112");
    assertThat(result.item().branch()).isEqualTo("feature/import-contacts");
    assertThat(result.skipped())
        .containsExactly(
            new SkippedItem(ITEM + "113", "the issue is closed"),
            new SkippedItem(
                ITEM + "114",
                "pull request #60 comes from a fork; its branch is not in the repository"));
  }

  @Test
  void discover_issueWithoutLinkedPullRequestOrBranchField_isSkipped(GitHubApi github) {
    Boards.stubItems(github, ORG_PROJECT, "list-items-issue-with-linked-pr.json");
    github.stubFor(
        post(urlEqualTo("/graphql"))
            .willReturn(github.jsonFixture(200, "graphql/ProjectItemsOrg/not-found.json")));

    DiscoveryResult result = discover(github, Boards.orgConfig(null));

    assertThat(result.found()).isFalse();
    assertThat(result.item()).isNull();
    assertThat(result.skipped())
        .containsExactly(
            new SkippedItem(
                ITEM + "111",
                "no branch: the issue has no open pull request from this repository and its"
                    + " 'Branch' field is empty"));
  }

  @Test
  void discover_emptyBoard_findsNoWork(GitHubApi github) {
    Boards.stubItems(github, ORG_PROJECT, "list-items-empty.json");

    DiscoveryResult result = discover(github, Boards.orgConfig(null));

    assertThat(result.found()).isFalse();
    assertThat(result.scanned()).isZero();
    assertThat(result.skipped()).isEmpty();
    assertThat(result.stuckItems()).isEmpty();
    assertThat(result.apiCalls()).isEqualTo(2);
  }

  @Test
  void discover_userOwnedBoard_readsTheUsersProject(GitHubApi github) {
    Boards.stubTwoPageBoard(github, "/users/ada-lovelace/projectsV2/3");
    ProjectConfig config = Boards.config(OwnerType.USER, "ada-lovelace", "Priority");

    DiscoveryResult result = discover(github, config);

    assertThat(result.item().projectItemId()).isEqualTo(ITEM + "102");
    assertThat(result.path()).isEqualTo("rest");
    github.verify(1, getRequestedFor(urlPathEqualTo("/users/ada-lovelace/projectsV2/3/fields")));
  }

  @Test
  void discover_warmContainer_reusesTheFieldIdsSoAPollIsOneRequest(GitHubApi github) {
    Boards.stubItems(github, ORG_PROJECT, "list-items-empty.json");

    DiscoveryResult first = discover(github, Boards.orgConfig(null));
    time.advance(Duration.ofMinutes(1));
    DiscoveryResult second = discover(github, Boards.orgConfig(null));
    time.advance(ProjectFields.CACHE_FOR);
    DiscoveryResult third = discover(github, Boards.orgConfig(null));

    assertThat(first.apiCalls()).isEqualTo(2);
    assertThat(second.apiCalls()).isEqualTo(1);
    assertThat(third.apiCalls()).isEqualTo(2);
  }

  @Test
  void discover_afterA502_retriesAndCountsTheRetry(GitHubApi github) {
    Boards.stubFields(github, ORG_PROJECT);
    github.stubFor(
        get(urlPathEqualTo(ORG_PROJECT + "/items"))
            .inScenario("flaky")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(502))
            .willSetStateTo("recovered"));
    github.stubFor(
        get(urlPathEqualTo(ORG_PROJECT + "/items"))
            .inScenario("flaky")
            .whenScenarioStateIs("recovered")
            .willReturn(
                github.jsonFixture(200, "rest/projectsV2/list-items-issue-with-fork-pr.json")));
    Boards.stubClosingPullRequests(github, 18, "fork-pull-request.json");

    DiscoveryResult result = discover(github, Boards.orgConfig(null));

    assertThat(result.item().branch()).isEqualTo("feature/import-contacts");
    assertThat(result.apiCalls()).isEqualTo(4);
    assertThat(time.waits()).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void discover_boardWithoutTheStatusField_failsWithWhatToFix(GitHubApi github) {
    Boards.stubFields(github, ORG_PROJECT);
    ProjectConfig config = Boards.config(OwnerType.ORGANIZATION, "octo-org", "Stage", null);

    assertThatThrownBy(() -> discover(github, config))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("no field named 'Stage'");
  }

  @Test
  void discover_boardWithoutThePriorityField_failsWithWhatToFix(GitHubApi github) {
    Boards.stubFields(github, ORG_PROJECT);

    assertThatThrownBy(() -> discover(github, Boards.orgConfig("Urgency")))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("no field named 'Urgency'");
  }

  private DiscoveryResult discover(GitHubApi github, ProjectConfig config) {
    return discovery.discover(config, Boards.factory(github, time).newClient());
  }
}
