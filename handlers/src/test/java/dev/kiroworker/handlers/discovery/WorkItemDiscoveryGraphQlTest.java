package dev.kiroworker.handlers.discovery;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(GitHubApiExtension.class)
class WorkItemDiscoveryGraphQlTest {

  private static final String ITEM = "PVTI_lADOBXkHcM4AqZ3xzgA";

  private final VirtualTime time = new VirtualTime();

  @Test
  void discover_whenRestAnswers404_pagesThroughTheBoardWithGraphQl(GitHubApi github) {
    Boards.stubNoRestProjects(github);
    Boards.stubGraphQlBoard(github);

    DiscoveryResult result = discover(github, Boards.orgConfig(null), item -> false);

    assertThat(result.path()).isEqualTo("graphql");
    assertThat(result.scanned()).isEqualTo(10);
    assertThat(result.apiCalls()).isEqualTo(3);
    github.verify(
        2,
        postRequestedFor(urlEqualTo("/graphql"))
            .withRequestBody(matchingJsonPath("$.variables.login", equalTo("octo-org")))
            .withRequestBody(matchingJsonPath("$.variables.statusField", equalTo("Status")))
            .withRequestBody(matchingJsonPath("$.variables.branchField", equalTo("Branch"))));
  }

  @Test
  void discover_withGraphQl_runsTheOldestReadyIssueOnItsLinkedPullRequestsBranch(GitHubApi github) {
    Boards.stubNoRestProjects(github);
    Boards.stubGraphQlBoard(github);

    DiscoveryResult result = discover(github, Boards.orgConfig(null), item -> false);

    assertThat(result.item().projectItemId()).isEqualTo(ITEM + "101");
    assertThat(result.item().contentType()).isEqualTo(ContentType.ISSUE);
    assertThat(result.item().number()).isEqualTo(17);
    assertThat(result.item().url())
        .isEqualTo("https://github.com/octo-org/sample-service/issues/17");
    assertThat(result.item().branch()).isEqualTo("feature/magic-link");
    assertThat(result.item().specPath()).isEqualTo(".kiro/specs/feature-magic-link");
    // Archived (107), in other columns (120, 123): neither run nor reported.
    assertThat(result.skipped())
        .containsExactly(
            new SkippedItem(ITEM + "105", "repository octo-org/billing is not in the allow-list"),
            new SkippedItem(ITEM + "121", "the token cannot see this item's content"),
            new SkippedItem(ITEM + "122", "the pull request is closed"),
            new SkippedItem(
                ITEM + "104",
                "no branch: a draft issue has no pull request and its 'Branch' field is empty"));
  }

  @Test
  void discover_withGraphQl_reportsStuckItemsUnlessALiveLockHoldsThem(GitHubApi github) {
    Boards.stubNoRestProjects(github);
    Boards.stubGraphQlBoard(github);

    DiscoveryResult unlocked = discover(github, Boards.orgConfig(null), item -> false);
    DiscoveryResult locked = discover(github, Boards.orgConfig(null), item -> true);

    assertThat(unlocked.stuckItems())
        .containsExactly(
            new StuckItem(ITEM + "106", 51, "Paginate the audit log", "octo-org/sample-service"));
    assertThat(locked.stuckItems()).isEmpty();
  }

  @Test
  void discover_withGraphQl_ordersByTheConfiguredPriority(GitHubApi github) {
    Boards.stubNoRestProjects(github);
    Boards.stubGraphQlBoard(github);

    DiscoveryResult result = discover(github, Boards.orgConfig("Priority"), item -> false);

    // 102 (priority 1) runs before the older 101 (priority 3).
    assertThat(result.item().projectItemId()).isEqualTo(ITEM + "102");
    github.verify(
        postRequestedFor(urlEqualTo("/graphql"))
            .withRequestBody(matchingJsonPath("$.variables.priorityField", equalTo("Priority")))
            .withRequestBody(matchingJsonPath("$.variables.withPriority", equalTo("true"))));
  }

  @Test
  void discover_withGraphQlAndNoPriorityField_leavesThePrioritySelectionOut(GitHubApi github) {
    Boards.stubNoRestProjects(github);
    Boards.stubGraphQlBoard(github);

    DiscoveryResult result = discover(github, Boards.orgConfig(null), item -> false);

    assertThat(result.item().projectItemId()).isEqualTo(ITEM + "101");
    github.verify(
        postRequestedFor(urlEqualTo("/graphql"))
            .withRequestBody(matchingJsonPath("$.variables.withPriority", equalTo("false"))));
  }

  @Test
  void discover_userOwnedBoardWithGraphQl_usesTheUserDocument(GitHubApi github) {
    github.stubFor(
        get(urlPathEqualTo("/users/ada-lovelace/projectsV2/3/fields"))
            .willReturn(github.jsonFixture(404, "rest/errors/not-found.json")));
    github.stubFor(
        post(urlEqualTo("/graphql"))
            .withRequestBody(matchingJsonPath("$.operationName", equalTo("ProjectItemsUser")))
            .willReturn(github.jsonFixture(200, "graphql/ProjectItemsUser/discovery.json")));
    ProjectConfig config = Boards.config(OwnerType.USER, "ada-lovelace", null);

    DiscoveryResult result = discover(github, config, item -> false);

    assertThat(result.item().projectItemId()).isEqualTo("PVTI_lAHOAbCdEs4AqZ3xzgB201");
    assertThat(result.item().contentType()).isEqualTo(ContentType.DRAFT_ISSUE);
    assertThat(result.item().branch()).isEqualTo("feature/notes-sync");
    assertThat(result.apiCalls()).isEqualTo(2);
  }

  @Test
  void discover_whenTheItemsListingAnswers404_fallsBackToGraphQl(GitHubApi github) {
    Boards.stubFields(github, ORG_PROJECT);
    github.stubFor(
        get(urlPathEqualTo(ORG_PROJECT + "/items"))
            .willReturn(github.jsonFixture(404, "rest/errors/not-found.json")));
    Boards.stubGraphQlBoard(github);

    DiscoveryResult result = discover(github, Boards.orgConfig(null), item -> false);

    assertThat(result.path()).isEqualTo("graphql");
    assertThat(result.apiCalls()).isEqualTo(4);
  }

  @Test
  void discover_projectMissingFromTheAnswer_failsWithWhatToFix(GitHubApi github) {
    Boards.stubNoRestProjects(github);
    github.stubFor(
        post(urlEqualTo("/graphql"))
            .willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.okJson(
                    "{\"data\":{\"organization\":{\"projectV2\":null}}}")));

    assertThatThrownBy(() -> discover(github, Boards.orgConfig(null), item -> false))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("no project 3 owned by octo-org");
  }

  private DiscoveryResult discover(GitHubApi github, ProjectConfig config, LiveLocks locks) {
    return new WorkItemDiscovery(locks, time)
        .discover(config, Boards.factory(github, time).newClient());
  }
}
