package dev.kiroworker.handlers.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.kiroworker.testsupport.GitHubApi;
import dev.kiroworker.testsupport.HarnessSettings;
import java.util.Map;

/**
 * The outside world of the GitHub-facing handlers for the start-up benchmark: GitHub served from
 * the recorded fixtures, and SSM Parameter Store answering GetParameter with a project document.
 */
final class GitHubStandIns implements AutoCloseable {

  static final String PARAMETER = "/kiro-worker/bench/github-project-config";
  private static final String PROJECT = "/orgs/octo-org/projectsV2/3";
  private static final String COMMENTS = "/repos/octo-org/sample-service/issues/42/comments";

  private final GitHubApi github;
  private final WireMockServer ssm;

  GitHubStandIns() {
    github = GitHubApi.start(HarnessSettings.fromEnvironment());
    ssm = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    ssm.start();
    stubSsm();
    stubGitHub();
  }

  /** The variables that point the handlers' GitHub client and SSM client here. */
  Map<String, String> environment() {
    return Map.of(
        "GITHUB_API_URL",
        github.baseUrl(),
        "GITHUB_TOKEN",
        "bench-token",
        "AWS_ENDPOINT_URL_SSM",
        "http://127.0.0.1:" + ssm.port(),
        "KIRO_ENVIRONMENT",
        "bench",
        "KIRO_ARTIFACTS_BUCKET",
        "bench-reports",
        "KIRO_PROJECT_CONFIG_PARAMETER",
        PARAMETER);
  }

  private void stubSsm() {
    String document =
        "{\\\"owner\\\":\\\"octo-org\\\",\\\"projectNumber\\\":3,"
            + "\\\"repositories\\\":[\\\"octo-org/sample-service\\\"]}";
    ssm.stubFor(
        post(urlEqualTo("/"))
            .withHeader("X-Amz-Target", equalTo("AmazonSSM.GetParameter"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/x-amz-json-1.1")
                    .withBody(
                        "{\"Parameter\":{\"Name\":\""
                            + PARAMETER
                            + "\",\"Type\":\"String\",\"Value\":\""
                            + document
                            + "\",\"Version\":1}}")));
  }

  private void stubGitHub() {
    github.stubFor(
        get(urlPathEqualTo(PROJECT + "/fields"))
            .willReturn(github.jsonFixture(200, "rest/projectsV2/list-fields.json")));
    github.stubFor(
        get(urlPathEqualTo(PROJECT + "/items"))
            .willReturn(github.jsonFixture(200, "rest/projectsV2/list-items-page-1.json")));
    graphQl("IssueClosingPullRequests", "graphql/IssueClosingPullRequests/open-pull-request.json");
    graphQl("SpecBranch", "graphql/SpecBranch/valid.json");
    graphQl("BoardStatusField", "graphql/BoardStatusField/board.json");
    graphQl("UpdateItemStatus", "graphql/UpdateItemStatus/updated.json");
    github.stubFor(
        get(urlPathEqualTo(COMMENTS))
            .willReturn(github.jsonFixture(200, "rest/issues/list-comments-page-1.json")));
    github.stubFor(
        post(urlEqualTo(COMMENTS))
            .willReturn(github.jsonFixture(201, "rest/issues/create-comment.json")));
  }

  private void graphQl(String operation, String fixture) {
    github.stubFor(
        post(urlEqualTo("/graphql"))
            .withRequestBody(matchingJsonPath("$.operationName", equalTo(operation)))
            .willReturn(github.jsonFixture(200, fixture)));
  }

  @Override
  public void close() {
    github.close();
    ssm.stop();
  }
}
