package dev.kiroworker.handlers.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.handlers.errors.TransientException;
import dev.kiroworker.handlers.github.token.CachedTokenProvider;
import dev.kiroworker.handlers.github.token.GitHubToken;
import dev.kiroworker.handlers.github.token.TokenProvider;
import dev.kiroworker.testsupport.GitHubApi;
import dev.kiroworker.testsupport.GitHubApiExtension;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(GitHubApiExtension.class)
class GitHubClientRestTest {

  private static final String REPOSITORY = "/repos/octo-org/sample-service";
  private static final String COMMENTS = REPOSITORY + "/issues/42/comments";

  private final VirtualTime time = new VirtualTime();

  /** A new comment: the body PR updates send. */
  record NewComment(String body) {}

  @Test
  void rest_get_returnsTheParsedBodyAndSendsGitHubsHeaders(GitHubApi github) {
    github.stubFor(
        get(urlPathEqualTo(REPOSITORY))
            .willReturn(github.jsonFixture(200, "rest/repos/get-repository.json")));

    RestResponse response =
        TestClients.client(github, time).rest(HttpMethod.GET, REPOSITORY, Map.of(), null);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body().path("default_branch").asText()).isEqualTo("main");
    assertThat(response.header("CONTENT-TYPE"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    assertThat(response.nextPage()).isEmpty();
    github.verify(
        1,
        getRequestedFor(urlEqualTo(REPOSITORY))
            .withHeader("Authorization", equalTo("Bearer " + TestClients.TOKEN))
            .withHeader("Accept", equalTo("application/vnd.github+json"))
            .withHeader("X-GitHub-Api-Version", equalTo("2022-11-28"))
            .withHeader("User-Agent", equalTo("kiro-worker")));
  }

  @Test
  void rest_post_sendsTheBodyAsJsonAndTheQueryEncoded(GitHubApi github) {
    github.stubFor(
        post(urlPathEqualTo(COMMENTS))
            .willReturn(github.jsonFixture(201, "rest/issues/create-comment.json")));
    Map<String, String> query = new LinkedHashMap<>();
    query.put("note", "a b&c");

    RestResponse response =
        TestClients.client(github, time)
            .rest(
                HttpMethod.POST,
                COMMENTS,
                query,
                new NewComment("kiro-worker started on this pull request"));

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.body().path("id").asLong()).isEqualTo(2486020431L);
    github.verify(
        postRequestedFor(urlEqualTo(COMMENTS + "?note=a%20b%26c"))
            .withHeader("Content-Type", matching("application/json.*"))
            .withRequestBody(
                equalToJson("{\"body\":\"kiro-worker started on this pull request\"}")));
  }

  @Test
  void rest_patchWithNoContent_hasAMissingBody(GitHubApi github) {
    github.stubFor(patch(urlPathEqualTo(COMMENTS)).willReturn(aResponse().withStatus(204)));

    RestResponse response =
        TestClients.client(github, time)
            .rest(HttpMethod.PATCH, COMMENTS, Map.of(), Map.of("body", "edited"));

    assertThat(response.status()).isEqualTo(204);
    assertThat(response.body().isMissingNode()).isTrue();
    github.verify(
        patchRequestedFor(urlEqualTo(COMMENTS))
            .withRequestBody(equalToJson("{\"body\":\"edited\"}")));
  }

  @Test
  void rest_linkHeader_givesTheNextPageToFollow(GitHubApi github) {
    stubTwoPagesOfComments(github);
    GitHubClient client = TestClients.client(github, time);

    RestResponse first = client.rest(HttpMethod.GET, COMMENTS, Map.of("per_page", "2"), null);
    RestResponse second =
        client.rest(HttpMethod.GET, first.nextPageUrl().toString(), Map.of(), null);

    assertThat(first.nextPage()).hasValue(java.net.URI.create(page2Url(github)));
    assertThat(first.body()).hasSize(2);
    assertThat(second.body().get(0).path("body").asText())
        .startsWith("<!-- kiro-worker:results -->");
    assertThat(second.nextPage()).isEmpty();
    assertThat(client.apiCalls()).isEqualTo(2);
  }

  @Test
  void getAll_collectsEveryPage(GitHubApi github) {
    stubTwoPagesOfComments(github);
    GitHubClient client = TestClients.client(github, time);

    List<JsonNode> comments = client.getAll(COMMENTS, Map.of("per_page", "2"), 5);

    assertThat(comments)
        .extracting(c -> c.path("id").asLong())
        .containsExactly(2486013501L, 2486013777L, 2486019020L);
    assertThat(client.apiCalls()).isEqualTo(2);
  }

  @Test
  void getAll_withMorePagesThanAllowed_failsRatherThanActOnPartOfTheList(GitHubApi github) {
    stubTwoPagesOfComments(github);

    assertThatThrownBy(
            () -> TestClients.client(github, time).getAll(COMMENTS, Map.of("per_page", "2"), 1))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("more than 1 pages");
  }

  @Test
  void getAll_onAnEndpointThatIsNotAList_saysSo(GitHubApi github) {
    github.stubFor(
        get(urlPathEqualTo(REPOSITORY))
            .willReturn(github.jsonFixture(200, "rest/repos/get-repository.json")));

    assertThatThrownBy(() -> TestClients.client(github, time).getAll(REPOSITORY, Map.of(), 3))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("OBJECT, not a list");
  }

  @Test
  void rest_404_isAPermanentErrorNamingTheResource(GitHubApi github) {
    github.stubFor(
        get(urlPathEqualTo(REPOSITORY))
            .willReturn(github.jsonFixture(404, "rest/errors/not-found.json")));

    assertThatThrownBy(
            () -> TestClients.client(github, time).rest(HttpMethod.GET, REPOSITORY, Map.of(), null))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("GitHub has no GET /repos/octo-org/sample-service (404 Not Found)")
        .hasMessageContaining("404, not 403");
  }

  @Test
  void restIfFound_404_isEmptySoTheCallerCanFallBack(GitHubApi github) {
    github.stubFor(
        get(urlPathEqualTo("/orgs/octo-org/projectsV2/3"))
            .willReturn(github.jsonFixture(404, "rest/errors/not-found.json")));
    GitHubClient client = TestClients.client(github, time);

    var answer = client.restIfFound(HttpMethod.GET, "/orgs/octo-org/projectsV2/3", Map.of(), null);

    assertThat(answer).isEmpty();
    assertThat(client.apiCalls()).as("a 404 is not retried").isEqualTo(1);
  }

  @Test
  void restIfFound_found_returnsTheResponse(GitHubApi github) {
    github.stubFor(
        get(urlPathEqualTo(REPOSITORY))
            .willReturn(github.jsonFixture(200, "rest/repos/get-repository.json")));

    var answer =
        TestClients.client(github, time).restIfFound(HttpMethod.GET, REPOSITORY, Map.of(), null);

    assertThat(answer)
        .hasValueSatisfying(
            r -> assertThat(r.body().path("name").asText()).isEqualTo("sample-service"));
  }

  @Test
  void rest_401_tellsToUpdateTheTokenAndIsNotRetried(GitHubApi github) {
    github.stubFor(
        get(urlPathEqualTo(REPOSITORY))
            .willReturn(github.jsonFixture(401, "rest/errors/bad-credentials.json")));
    GitHubClient client = TestClients.client(github, time);

    assertThatThrownBy(() -> client.rest(HttpMethod.GET, REPOSITORY, Map.of(), null))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("401 Bad credentials")
        .hasMessageContaining(
            "the GitHub token is invalid or expired; update the GITHUB_TOKEN setting")
        .message()
        .doesNotContain(TestClients.TOKEN);
    assertThat(client.apiCalls()).isEqualTo(1);
  }

  @Test
  void rest_401_dropsTheCachedTokenSoARotatedSecretIsReadAgain(GitHubApi github) {
    github.stubFor(
        get(urlPathEqualTo(REPOSITORY))
            .willReturn(github.jsonFixture(401, "rest/errors/bad-credentials.json")));
    AtomicInteger reads = new AtomicInteger();
    TokenProvider source =
        new TokenProvider() {
          @Override
          public GitHubToken token() {
            reads.incrementAndGet();
            return new GitHubToken(TestClients.TOKEN);
          }

          @Override
          public String source() {
            return "the Secrets Manager secret arn:aws:secretsmanager:eu-west-1:1:secret:gh";
          }
        };
    CachedTokenProvider cached = new CachedTokenProvider(source, time, Duration.ofMinutes(15));
    GitHubClient client =
        GitHubClientFactory.create(TestClients.settings(github), cached, time, time).newClient();

    assertThatThrownBy(() -> client.rest(HttpMethod.GET, REPOSITORY, Map.of(), null))
        .hasMessageContaining("update the Secrets Manager secret arn:aws:secretsmanager");
    cached.token();

    assertThat(reads).as("read for the request, then again after the 401").hasValue(2);
  }

  @Test
  void rest_403WithoutRateLimitSignals_namesTheScopesNeeded(GitHubApi github) {
    github.stubFor(
        post(urlPathEqualTo(COMMENTS))
            .willReturn(
                github
                    .jsonFixture(403, "rest/errors/resource-not-accessible.json")
                    .withHeader("x-ratelimit-remaining", "4987")
                    .withHeader("x-oauth-scopes", "read:org")
                    .withHeader("x-accepted-oauth-scopes", "repo")));
    GitHubClient client = TestClients.client(github, time);

    assertThatThrownBy(() -> client.rest(HttpMethod.POST, COMMENTS, Map.of(), new NewComment("hi")))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("GitHub refused POST " + COMMENTS + " (403 Resource not accessible")
        .hasMessageContaining("'repo' and 'project' scopes")
        .hasMessageContaining("'read:project'")
        .hasMessageContaining("The token has scopes [read:org]; this endpoint accepts [repo].");
    assertThat(client.apiCalls()).isEqualTo(1);
    assertThat(time.waits()).isEmpty();
  }

  @Test
  void rest_403FromAFineGrainedToken_explainsWithoutScopeHeaders(GitHubApi github) {
    github.stubFor(
        get(urlPathEqualTo(REPOSITORY + "/branches/main/protection"))
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withBody("{\"message\":\"Must have admin rights to Repository.\"}")));

    assertThatThrownBy(
            () ->
                TestClients.client(github, time)
                    .rest(HttpMethod.GET, REPOSITORY + "/branches/main/protection", Map.of(), null))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("(403 Must have admin rights to Repository.)")
        .hasMessageEndingWith("to Projects on the board's owner.");
  }

  @Test
  void rest_bodyThatCannotBeWritten_isAProgrammingError(GitHubApi github) {
    GitHubClient client = TestClients.client(github, time);

    assertThatThrownBy(() -> client.rest(HttpMethod.POST, COMMENTS, Map.of(), new Object()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Cannot write a java.lang.Object as a JSON request body");
    assertThat(client.apiCalls()).isZero();
  }

  @Test
  void rest_interrupted_isTransientAndKeepsTheFlag(GitHubApi github) {
    github.stubFor(
        get(urlPathEqualTo(REPOSITORY))
            .willReturn(github.jsonFixture(200, "rest/repos/get-repository.json")));
    GitHubClient client = TestClients.client(github, time);
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> client.rest(HttpMethod.GET, REPOSITORY, Map.of(), null))
          .isInstanceOf(TransientException.class)
          .hasMessage("Interrupted while sending GET " + REPOSITORY);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void rest_422_isPermanentWithGitHubsMessage(GitHubApi github) {
    github.stubFor(
        post(urlPathEqualTo(COMMENTS))
            .willReturn(github.jsonFixture(422, "rest/errors/validation-failed.json")));

    assertThatThrownBy(
            () ->
                TestClients.client(github, time)
                    .rest(HttpMethod.POST, COMMENTS, Map.of(), new NewComment("x")))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining(
            "422 Validation Failed; body is too long (maximum is 65536 characters)")
        .hasMessageContaining("GitHub found the request invalid");
  }

  @Test
  void rest_otherClientError_isPermanentWithTheStatus(GitHubApi github) {
    github.stubFor(
        get(urlPathEqualTo(REPOSITORY))
            .willReturn(
                aResponse()
                    .withStatus(410)
                    .withBody("{\"message\":\"Issues are disabled for this repo\"}")));

    assertThatThrownBy(
            () -> TestClients.client(github, time).rest(HttpMethod.GET, REPOSITORY, Map.of(), null))
        .isInstanceOf(PermanentException.class)
        .hasMessage(
            "GitHub refused GET " + REPOSITORY + " (410 Issues are disabled for this repo).");
  }

  @Test
  void rest_successThatIsNotJson_isTransient(GitHubApi github) {
    github.stubFor(
        get(urlPathEqualTo(REPOSITORY))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withBody("<html><body>Sign in to the proxy</body></html>")));

    assertThatThrownBy(
            () -> TestClients.client(github, time).rest(HttpMethod.GET, REPOSITORY, Map.of(), null))
        .isInstanceOf(TransientException.class)
        .hasMessageContaining("is not JSON: <html><body>Sign in to the proxy</body></html>");
  }

  @Test
  void rest_redirectWithinTheApi_isFollowedAndCounted(GitHubApi github) {
    github.stubFor(
        get(urlPathEqualTo("/repos/octo-org/old-name"))
            .willReturn(
                aResponse()
                    .withStatus(301)
                    .withHeader("Location", github.baseUrl() + "/repositories/734129851")));
    github.stubFor(
        get(urlPathEqualTo("/repositories/734129851"))
            .willReturn(github.jsonFixture(200, "rest/repos/get-repository.json")));
    GitHubClient client = TestClients.client(github, time);

    RestResponse response = client.rest(HttpMethod.GET, "/repos/octo-org/old-name", Map.of(), null);

    assertThat(response.body().path("full_name").asText()).isEqualTo("octo-org/sample-service");
    assertThat(client.apiCalls()).isEqualTo(2);
    github.verify(
        getRequestedFor(urlEqualTo("/repositories/734129851"))
            .withHeader("Authorization", equalTo("Bearer " + TestClients.TOKEN)));
  }

  @Test
  void rest_redirectToAnotherHost_isNotFollowedWithTheToken(GitHubApi github) {
    github.stubFor(
        get(urlPathEqualTo(REPOSITORY))
            .willReturn(
                aResponse().withStatus(302).withHeader("Location", "https://example.com/steal")));
    GitHubClient client = TestClients.client(github, time);

    assertThatThrownBy(() -> client.rest(HttpMethod.GET, REPOSITORY, Map.of(), null))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("to https://example.com/steal, outside the API URL");
    assertThat(client.apiCalls()).isEqualTo(1);
  }

  @Test
  void rest_redirectLoop_stopsAfterThreeHops(GitHubApi github) {
    github.stubFor(
        get(urlPathEqualTo(REPOSITORY))
            .willReturn(aResponse().withStatus(307).withHeader("Location", REPOSITORY)));
    GitHubClient client = TestClients.client(github, time);

    assertThatThrownBy(() -> client.rest(HttpMethod.GET, REPOSITORY, Map.of(), null))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("redirected more than 3 times");
    assertThat(client.apiCalls()).isEqualTo(4);
  }

  @Test
  void rest_redirectWithoutLocation_isPermanent(GitHubApi github) {
    github.stubFor(get(urlPathEqualTo(REPOSITORY)).willReturn(aResponse().withStatus(308)));

    assertThatThrownBy(
            () -> TestClients.client(github, time).rest(HttpMethod.GET, REPOSITORY, Map.of(), null))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("without a Location");
  }

  @Test
  void rest_urlOnAnotherOrigin_isRefusedBeforeAnythingIsSent(GitHubApi github) {
    GitHubClient client = TestClients.client(github, time);

    assertThatThrownBy(
            () ->
                client.rest(
                    HttpMethod.GET, "https://evil.example/repos/x/y?page=2", Map.of(), null))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining(
            "Refusing to send the GitHub token to https://evil.example/repos/x/y");
    assertThat(client.apiCalls()).isZero();
    github.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void apiCalls_countEachClientSeparately(GitHubApi github) {
    github.stubFor(
        get(urlPathEqualTo(REPOSITORY))
            .willReturn(github.jsonFixture(200, "rest/repos/get-repository.json")));
    GitHubClientFactory factory = TestClients.factory(TestClients.settings(github), time);
    GitHubClient first = factory.newClient();
    GitHubClient second = factory.newClient();

    first.rest(HttpMethod.GET, REPOSITORY, Map.of(), null);
    first.rest(HttpMethod.GET, REPOSITORY, Map.of(), null);
    second.rest(HttpMethod.GET, REPOSITORY, Map.of(), null);

    assertThat(first.apiCalls()).isEqualTo(2);
    assertThat(second.apiCalls()).isEqualTo(1);
  }

  private static void stubTwoPagesOfComments(GitHubApi github) {
    github.stubFor(
        get(urlEqualTo(COMMENTS + "?per_page=2"))
            .willReturn(
                github
                    .jsonFixture(200, "rest/issues/list-comments-page-1.json")
                    .withHeader(
                        "Link",
                        "<"
                            + page2Url(github)
                            + ">; rel=\"next\", <"
                            + page2Url(github)
                            + ">; rel=\"last\"")));
    github.stubFor(
        get(urlEqualTo(COMMENTS + "?per_page=2&page=2"))
            .willReturn(
                github
                    .jsonFixture(200, "rest/issues/list-comments-page-2.json")
                    .withHeader(
                        "Link",
                        "<"
                            + github.baseUrl()
                            + COMMENTS
                            + "?per_page=2&page=1>; rel=\"prev\", <"
                            + github.baseUrl()
                            + COMMENTS
                            + "?per_page=2&page=1>; rel=\"first\"")));
  }

  private static String page2Url(GitHubApi github) {
    return github.baseUrl() + COMMENTS + "?per_page=2&page=2";
  }
}
