package dev.kiroworker.handlers.discovery;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import dev.kiroworker.handlers.config.ProjectConfig;
import dev.kiroworker.handlers.config.ProjectConfig.Columns;
import dev.kiroworker.handlers.config.ProjectConfig.OwnerType;
import dev.kiroworker.handlers.config.ProjectConfig.StuckItems;
import dev.kiroworker.handlers.github.GitHubClientFactory;
import dev.kiroworker.handlers.github.GitHubSettings;
import dev.kiroworker.handlers.github.VirtualTime;
import dev.kiroworker.handlers.github.token.FixedTokenProvider;
import dev.kiroworker.handlers.github.token.GitHubToken;
import dev.kiroworker.testsupport.GitHubApi;
import java.net.URI;
import java.util.List;

/** Boards, configurations and clients for the discovery tests: one place for the stubs. */
final class Boards {

  static final String ORG_PROJECT = "/orgs/octo-org/projectsV2/3";
  static final String READY_OR_IN_PROGRESS = "status:\"For Implementation\",\"In Progress\"";
  static final String PAGE_2_CURSOR = "Y3Vyc29yOjY";

  private Boards() {}

  static ProjectConfig config(OwnerType ownerType, String owner, String priorityField) {
    return config(ownerType, owner, "Status", priorityField);
  }

  static ProjectConfig config(
      OwnerType ownerType, String owner, String statusField, String priorityField) {
    return new ProjectConfig(
        ownerType,
        owner,
        3,
        statusField,
        new Columns("For Implementation", "In Progress", "In Review", "Done", "Failed", "Blocked"),
        "Branch",
        priorityField,
        80,
        List.of("octo-org/sample-service", owner + "/notes"),
        StuckItems.FAIL);
  }

  static ProjectConfig orgConfig(String priorityField) {
    return config(OwnerType.ORGANIZATION, "octo-org", priorityField);
  }

  static GitHubClientFactory factory(GitHubApi github, VirtualTime time) {
    return GitHubClientFactory.create(
        GitHubSettings.defaults(URI.create(github.baseUrl())),
        new FixedTokenProvider(new GitHubToken("ghp_16C7e42F292c6912E7710c838347Ae178B4a"), "test"),
        time,
        time);
  }

  static void stubFields(GitHubApi github, String project) {
    github.stubFor(
        get(urlPathEqualTo(project + "/fields"))
            .willReturn(github.jsonFixture(200, "rest/projectsV2/list-fields.json")));
  }

  /** The two-page REST board: page 1 links to page 2 with an {@code after} cursor. */
  static void stubTwoPageBoard(GitHubApi github, String project) {
    stubFields(github, project);
    String next =
        github.baseUrl()
            + project
            + "/items?per_page=100&after="
            + PAGE_2_CURSOR
            + "&q=status%3A%22For+Implementation%22";
    github.stubFor(
        get(urlPathEqualTo(project + "/items"))
            .withQueryParam("after", absent())
            .willReturn(
                github
                    .jsonFixture(200, "rest/projectsV2/list-items-page-1.json")
                    .withHeader("Link", "<" + next + ">; rel=\"next\"")));
    github.stubFor(
        get(urlPathEqualTo(project + "/items"))
            .withQueryParam("after", equalTo(PAGE_2_CURSOR))
            .willReturn(github.jsonFixture(200, "rest/projectsV2/list-items-page-2.json")));
  }

  static void stubItems(GitHubApi github, String project, String fixture) {
    stubFields(github, project);
    github.stubFor(
        get(urlPathEqualTo(project + "/items"))
            .willReturn(github.jsonFixture(200, "rest/projectsV2/" + fixture)));
  }

  static void stubClosingPullRequests(GitHubApi github, int issue, String fixture) {
    github.stubFor(
        post(urlEqualTo("/graphql"))
            .withRequestBody(
                matchingJsonPath("$.operationName", equalTo("IssueClosingPullRequests")))
            .withRequestBody(matchingJsonPath("$.variables.number", equalTo(String.valueOf(issue))))
            .willReturn(github.jsonFixture(200, "graphql/IssueClosingPullRequests/" + fixture)));
  }

  /** No REST Projects endpoints, as on older GitHub Enterprise Server. */
  static void stubNoRestProjects(GitHubApi github) {
    github.stubFor(
        get(urlPathEqualTo(ORG_PROJECT + "/fields"))
            .willReturn(github.jsonFixture(404, "rest/errors/not-found.json")));
  }

  static void stubGraphQlBoard(GitHubApi github) {
    github.stubFor(
        post(urlEqualTo("/graphql"))
            .withRequestBody(matchingJsonPath("$.operationName", equalTo("ProjectItemsOrg")))
            .willReturn(github.jsonFixture(200, "graphql/ProjectItemsOrg/discovery-page-1.json")));
    github.stubFor(
        post(urlEqualTo("/graphql"))
            .withRequestBody(matchingJsonPath("$.operationName", equalTo("ProjectItemsOrg")))
            .withRequestBody(matchingJsonPath("$.variables.cursor", equalTo("MTAw")))
            .willReturn(github.jsonFixture(200, "graphql/ProjectItemsOrg/discovery-page-2.json")));
  }
}
