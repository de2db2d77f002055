package dev.kiroworker.worker.workflow;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.kiroworker.handlers.config.ProjectConfig;
import dev.kiroworker.handlers.config.ProjectConfigParser;
import dev.kiroworker.testsupport.GitHubApi;

/**
 * The GitHub calls one workflow run makes, answered by WireMock with the documented shapes under
 * {@code test-fixtures/github/}: the board octo-org/7 over REST (its next ready item is pull
 * request 42, "Export the report as CSV", on {@code feature/export-csv}; pull request 51 sits "In
 * Progress" with no lock), the spec branch over GraphQL, the results comments and the Status
 * mutation.
 */
public final class BoardStandIn {

  public static final String REPOSITORY = "octo-org/sample-service";
  public static final String ITEM_ID = "PVTI_lADOBXkHcM4AqZ3xzgA102";
  public static final String STUCK_ITEM_ID = "PVTI_lADOBXkHcM4AqZ3xzgA106";
  public static final String TITLE = "Export the report as CSV";
  public static final String BRANCH = "feature/export-csv";
  public static final String SPEC_PATH = ".kiro/specs/feature-export-csv";
  public static final String PULL_REQUEST_COMMENTS = "/repos/" + REPOSITORY + "/issues/42/comments";

  /** The Status options of {@code graphql/BoardStatusField/board.json}. */
  public static final String IN_PROGRESS_OPTION = "47fc9ee4";

  public static final String IN_REVIEW_OPTION = "98236657";
  public static final String FAILED_OPTION = "5d8e0b31";

  private static final String PROJECT = "/orgs/octo-org/projectsV2/7";

  private BoardStandIn() {}

  /** The board's project document, in the SSM parameter's format. */
  public static final String PROJECT_DOCUMENT =
      """
      {"ownerType": "organization", "owner": "octo-org", "projectNumber": 7,
       "priorityField": "Priority", "coverageThreshold": 80,
       "repositories": ["octo-org/sample-service"]}
      """;

  /** The project document local mode supplies in place of the SSM parameter. */
  public static ProjectConfig projectConfig() {
    return ProjectConfigParser.parse(PROJECT_DOCUMENT, "the end-to-end test");
  }

  public static void stub(GitHubApi github) {
    github.stubFor(
        get(urlPathEqualTo(PROJECT + "/fields"))
            .willReturn(github.jsonFixture(200, "rest/projectsV2/list-fields.json")));
    github.stubFor(
        get(urlPathEqualTo(PROJECT + "/items"))
            .willReturn(github.jsonFixture(200, "rest/projectsV2/list-items-page-1.json")));
    github.stubFor(
        post(urlEqualTo("/graphql"))
            .withRequestBody(matchingJsonPath("$.operationName", equalTo("SpecBranch")))
            .willReturn(github.jsonFixture(200, "graphql/SpecBranch/valid.json")));
    github.stubFor(
        get(urlPathMatching("/repos/" + REPOSITORY + "/issues/[0-9]+/comments"))
            .willReturn(github.jsonFixture(200, "rest/issues/list-comments-page-1.json")));
    github.stubFor(
        post(urlPathMatching("/repos/" + REPOSITORY + "/issues/[0-9]+/comments"))
            .willReturn(github.jsonFixture(201, "rest/issues/create-comment.json")));
    github.stubFor(
        post(urlEqualTo("/graphql"))
            .withRequestBody(matchingJsonPath("$.operationName", equalTo("BoardStatusField")))
            .willReturn(github.jsonFixture(200, "graphql/BoardStatusField/board.json")));
    github.stubFor(
        post(urlEqualTo("/graphql"))
            .withRequestBody(matchingJsonPath("$.operationName", equalTo("UpdateItemStatus")))
            .willReturn(github.jsonFixture(200, "graphql/UpdateItemStatus/updated.json")));
  }

  /** Replaces the board's items with none at all: no work ready, nothing stuck. */
  public static void emptyBoard(GitHubApi github) {
    github.stubFor(
        get(urlPathEqualTo(PROJECT + "/items"))
            .willReturn(github.jsonFixture(200, "rest/projectsV2/list-items-empty.json")));
  }

  /** Answers the spec branch query with {@code graphql/SpecBranch/problems/<fixture>.json}. */
  public static void specProblem(GitHubApi github, String fixture) {
    github.stubFor(
        post(urlEqualTo("/graphql"))
            .withRequestBody(matchingJsonPath("$.operationName", equalTo("SpecBranch")))
            .willReturn(
                github.jsonFixture(200, "graphql/SpecBranch/problems/" + fixture + ".json")));
  }

  /** The Status mutation that moves {@code itemId} to {@code optionId}. */
  public static RequestPatternBuilder moved(String itemId, String optionId) {
    return postRequestedFor(urlEqualTo("/graphql"))
        .withRequestBody(matchingJsonPath("$.operationName", equalTo("UpdateItemStatus")))
        .withRequestBody(matchingJsonPath("$.variables.itemId", equalTo(itemId)))
        .withRequestBody(matchingJsonPath("$.variables.optionId", equalTo(optionId)));
  }

  /** A new results comment on pull request 42 whose body contains {@code text}. */
  public static RequestPatternBuilder commented(String text) {
    return postRequestedFor(urlEqualTo(PULL_REQUEST_COMMENTS))
        .withRequestBody(matchingJsonPath("$.body", containing(text)));
  }
}
