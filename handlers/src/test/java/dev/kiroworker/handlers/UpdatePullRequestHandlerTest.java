package dev.kiroworker.handlers;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.kiroworker.handlers.HandlerInvocation.invoke;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.handlers.pullrequest.SucceededColumn;
import dev.kiroworker.handlers.spec.GitHubStandIn;
import dev.kiroworker.testsupport.GitHubApi;
import dev.kiroworker.testsupport.GitHubApiExtension;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(GitHubApiExtension.class)
class UpdatePullRequestHandlerTest {

  private static final String COMMENTS = "/repos/octo-org/sample-service/issues/42/comments";

  /** Not shaped like any token the patterns know: only the known-secret rule can catch it. */
  private static final String TOKEN = "plain-known-secret-0042";

  private static UpdatePullRequestHandler handler(GitHubApi github) {
    return new UpdatePullRequestHandler(
        GitHubStandIn.factory(github, TOKEN),
        GitHubStandIn::config,
        SucceededColumn.REVIEW,
        GitHubStandIn.CLOCK);
  }

  @Test
  void reportFailure_commentsWithTheResults_scrubsTheToken_andMovesTheItemToFailed(GitHubApi github)
      throws IOException {
    github.stubFor(
        get(urlPathEqualTo(COMMENTS))
            .willReturn(github.jsonFixture(200, "rest/issues/list-comments-page-1.json")));
    github.stubFor(
        post(urlEqualTo(COMMENTS))
            .willReturn(github.jsonFixture(201, "rest/issues/create-comment.json")));
    github.stubFor(
        post(urlEqualTo("/graphql"))
            .withRequestBody(matchingJsonPath("$.operationName", equalTo("BoardStatusField")))
            .willReturn(github.jsonFixture(200, "graphql/BoardStatusField/board.json")));
    github.stubFor(
        post(urlEqualTo("/graphql"))
            .withRequestBody(matchingJsonPath("$.operationName", equalTo("UpdateItemStatus")))
            .willReturn(github.jsonFixture(200, "graphql/UpdateItemStatus/updated.json")));

    JsonNode result = invoke(handler(github), ValidateSpecHandlerTest.event("report-failure"));

    assertThat(result.get("commentId").asLong()).isEqualTo(2486020431L);
    assertThat(result.get("created").asBoolean()).isTrue();
    assertThat(result.get("statusColumn").asText()).isEqualTo("Failed");
    assertThat(result.get("apiCalls").asInt()).isEqualTo(4);
    github.verify(
        postRequestedFor(urlEqualTo(COMMENTS))
            .withRequestBody(notContaining(TOKEN))
            .withRequestBody(matchingJsonPath("$.body", containing("git push with token ***")))
            .withRequestBody(
                matchingJsonPath("$.body", containing("| Branches | 61.5 % | 80 % | ❌ |")))
            .withRequestBody(matchingJsonPath("$.body", containing("**Duration:** 21 min 52 s"))));
  }

  @Test
  void reportFailure_withoutAPhase_failsPermanently_namingTheField(GitHubApi github) {
    assertThatThrownBy(
            () ->
                invoke(
                    handler(github),
                    "{\"workItem\":{\"projectItemId\":\"PVTI_1\",\"repository\":\"o/r\"},"
                        + "\"execution\":{\"arn\":\"arn\"}}"))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("phase");
  }
}
