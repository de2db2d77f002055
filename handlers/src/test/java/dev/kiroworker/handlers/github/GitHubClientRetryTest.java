package dev.kiroworker.handlers.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.handlers.errors.TransientException;
import dev.kiroworker.testsupport.GitHubApi;
import dev.kiroworker.testsupport.GitHubApiExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Retries, backoff and rate limits, on virtual time: the waits are recorded, never slept. */
@ExtendWith(GitHubApiExtension.class)
class GitHubClientRetryTest {

  private static final String PATH = "/repos/octo-org/sample-service";
  private static final String OK = "rest/repos/get-repository.json";
  private static final String COMMENTS = PATH + "/issues/42/comments";

  private final VirtualTime time = new VirtualTime();

  @Test
  void badGatewayThenSuccess_retriesAfterTheFirstBackoff(GitHubApi github) {
    answerInTurn(github, aResponse().withStatus(502), github.jsonFixture(200, OK));
    GitHubClient client = TestClients.client(github, time);

    RestResponse response = client.rest(HttpMethod.GET, PATH, Map.of(), null);

    assertThat(response.status()).isEqualTo(200);
    assertThat(time.waits()).containsExactly(Duration.ofSeconds(1));
    assertThat(client.apiCalls()).isEqualTo(2);
  }

  @Test
  void eachRetryableServerError_isRetried(GitHubApi github) {
    answerInTurn(
        github,
        github.jsonFixture(500, "rest/errors/server-error.json"),
        aResponse().withStatus(503),
        aResponse().withStatus(504).withBody("<html>Gateway Timeout</html>"),
        github.jsonFixture(200, OK));
    GitHubClient client = TestClients.client(github, time);

    client.rest(HttpMethod.GET, PATH, Map.of(), null);

    assertThat(time.waits())
        .as("exponential backoff")
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    assertThat(client.apiCalls()).isEqualTo(4);
  }

  @Test
  void serviceUnavailableOnEveryAttempt_givesUpWithATransientError(GitHubApi github) {
    github.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(503)));
    GitHubClient client = TestClients.client(github, time);

    assertThatThrownBy(() -> client.rest(HttpMethod.GET, PATH, Map.of(), null))
        .isInstanceOf(TransientException.class)
        .hasMessageContaining("GET " + PATH + " still failed after 5 attempts")
        .hasMessageContaining("GitHub answered 503");
    assertThat(client.apiCalls()).isEqualTo(5);
    github.verify(5, getRequestedFor(urlPathEqualTo(PATH)));
    assertThat(time.waits())
        .containsExactly(
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(4),
            Duration.ofSeconds(8));
  }

  @Test
  void notImplemented_isNotRetried(GitHubApi github) {
    github.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(501)));
    GitHubClient client = TestClients.client(github, time);

    assertThatThrownBy(() -> client.rest(HttpMethod.GET, PATH, Map.of(), null))
        .isInstanceOf(PermanentException.class);
    assertThat(client.apiCalls()).isEqualTo(1);
  }

  @Test
  void requestTimeout_isRetried(GitHubApi github) {
    answerInTurn(
        github, github.jsonFixture(200, OK).withFixedDelay(1_000), github.jsonFixture(200, OK));
    GitHubClient client = TestClients.client(github, time, Duration.ofMillis(100));

    RestResponse response = client.rest(HttpMethod.GET, PATH, Map.of(), null);

    assertThat(response.status()).isEqualTo(200);
    assertThat(client.apiCalls()).isEqualTo(2);
    assertThat(time.waits()).hasSize(1);
  }

  @Test
  void requestTimeoutOnEveryAttempt_saysItTimedOut(GitHubApi github) {
    github.stubFor(
        get(urlPathEqualTo(PATH)).willReturn(github.jsonFixture(200, OK).withFixedDelay(500)));
    GitHubSettings settings = TestClients.settings(github);
    GitHubSettings twoAttempts =
        new GitHubSettings(
            settings.apiUrl(),
            Duration.ofMillis(50),
            2,
            Duration.ofSeconds(1),
            Duration.ofSeconds(60),
            "kiro-worker");

    assertThatThrownBy(
            () ->
                TestClients.factory(twoAttempts, time)
                    .newClient()
                    .rest(HttpMethod.GET, PATH, Map.of(), null))
        .isInstanceOf(TransientException.class)
        .hasMessageContaining("still failed after 2 attempts")
        .hasMessageContaining("timed out after 50 ms");
  }

  @Test
  void connectionDropped_isRetried(GitHubApi github) {
    // A POST, because HttpClient itself repeats a GET once when a kept-alive connection drops.
    github.stubFor(
        post(urlEqualTo("/graphql"))
            .inScenario("drop")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
            .willSetStateTo("ok"));
    github.stubFor(
        post(urlEqualTo("/graphql"))
            .inScenario("drop")
            .whenScenarioStateIs("ok")
            .willReturn(github.jsonFixture(200, "graphql/SpecBranch/valid.json")));
    GitHubClient client = TestClients.client(github, time);

    client.graphql("SpecBranch", Map.of());

    assertThat(client.apiCalls()).isEqualTo(2);
    assertThat(time.waits()).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void restPost_afterAServerError_isNotSentAgainInCaseGitHubAppliedIt(GitHubApi github) {
    github.stubFor(post(urlPathEqualTo(COMMENTS)).willReturn(aResponse().withStatus(502)));
    GitHubClient client = TestClients.client(github, time);

    assertThatThrownBy(
            () -> client.rest(HttpMethod.POST, COMMENTS, Map.of(), Map.of("body", "started")))
        .isInstanceOf(TransientException.class)
        .hasMessageContaining("GitHub answered 502 to POST " + COMMENTS)
        .hasMessageContaining("Not sent again here, since GitHub may have applied it");
    assertThat(client.apiCalls()).isEqualTo(1);
    assertThat(time.waits()).isEmpty();
  }

  @Test
  void restPost_rateLimited_isSentAgainSinceGitHubTurnedItAway(GitHubApi github) {
    github.stubFor(
        post(urlPathEqualTo(COMMENTS))
            .inScenario("limited")
            .whenScenarioStateIs(STARTED)
            .willReturn(
                github
                    .jsonFixture(403, "rest/errors/secondary-rate-limit.json")
                    .withHeader("retry-after", "5"))
            .willSetStateTo("ok"));
    github.stubFor(
        post(urlPathEqualTo(COMMENTS))
            .inScenario("limited")
            .whenScenarioStateIs("ok")
            .willReturn(github.jsonFixture(201, "rest/issues/create-comment.json")));
    GitHubClient client = TestClients.client(github, time);

    RestResponse created =
        client.rest(HttpMethod.POST, COMMENTS, Map.of(), Map.of("body", "started"));

    assertThat(created.status()).isEqualTo(201);
    assertThat(time.waits()).containsExactly(Duration.ofSeconds(5));
  }

  @Test
  void primaryRateLimit_resettingSoon_waitsUntilTheReset(GitHubApi github) {
    long resetIn30Seconds = VirtualTime.START.getEpochSecond() + 30;
    answerInTurn(
        github,
        github
            .jsonFixture(403, "rest/errors/primary-rate-limit.json")
            .withHeader("x-ratelimit-limit", "5000")
            .withHeader("x-ratelimit-remaining", "0")
            .withHeader("x-ratelimit-used", "5000")
            .withHeader("x-ratelimit-reset", Long.toString(resetIn30Seconds))
            .withHeader("x-ratelimit-resource", "core"),
        github.jsonFixture(200, OK));
    GitHubClient client = TestClients.client(github, time);

    client.rest(HttpMethod.GET, PATH, Map.of(), null);

    assertThat(time.waits())
        .as("until the reset, plus a second for clock skew")
        .containsExactly(Duration.ofSeconds(31));
    assertThat(client.apiCalls()).isEqualTo(2);
  }

  @Test
  void primaryRateLimit_resettingLaterThanTheBudget_givesUpAtOnceSayingWhen(GitHubApi github) {
    long resetIn40Minutes = VirtualTime.START.getEpochSecond() + 2_400;
    github.stubFor(
        get(urlPathEqualTo(PATH))
            .willReturn(
                github
                    .jsonFixture(429, "rest/errors/primary-rate-limit.json")
                    .withHeader("x-ratelimit-remaining", "0")
                    .withHeader("x-ratelimit-reset", Long.toString(resetIn40Minutes))));
    GitHubClient client = TestClients.client(github, time);

    assertThatThrownBy(() -> client.rest(HttpMethod.GET, PATH, Map.of(), null))
        .isInstanceOf(TransientException.class)
        .hasMessageContaining(
            "GET " + PATH + " hit a GitHub rate limit (429 API rate limit exceeded")
        .hasMessageContaining("GitHub lifts the limit at 2026-11-26T10:40:00Z, in 2401 s")
        .hasMessageContaining("the most one GitHub call may wait is 60 s");
    assertThat(time.waits()).as("no waiting that cannot pay off").isEmpty();
    assertThat(client.apiCalls()).isEqualTo(1);
  }

  @Test
  void primaryRateLimit_alreadyReset_waitsOnlyTheMargin(GitHubApi github) {
    answerInTurn(
        github,
        github
            .jsonFixture(403, "rest/errors/primary-rate-limit.json")
            .withHeader("x-ratelimit-remaining", "0")
            .withHeader("x-ratelimit-reset", Long.toString(VirtualTime.START.getEpochSecond() - 5)),
        github.jsonFixture(200, OK));

    TestClients.client(github, time).rest(HttpMethod.GET, PATH, Map.of(), null);

    assertThat(time.waits()).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void secondaryRateLimit_withRetryAfter_waitsThatLong(GitHubApi github) {
    answerInTurn(
        github,
        github
            .jsonFixture(403, "rest/errors/secondary-rate-limit.json")
            .withHeader("retry-after", "17"),
        github.jsonFixture(200, OK));
    GitHubClient client = TestClients.client(github, time);

    client.rest(HttpMethod.GET, PATH, Map.of(), null);

    assertThat(time.waits()).containsExactly(Duration.ofSeconds(17));
  }

  @Test
  void secondaryRateLimit_withoutHeaders_waitsAMinute(GitHubApi github) {
    answerInTurn(
        github,
        github.jsonFixture(403, "rest/errors/secondary-rate-limit.json"),
        github.jsonFixture(200, OK));

    TestClients.client(github, time).rest(HttpMethod.GET, PATH, Map.of(), null);

    assertThat(time.waits()).containsExactly(Duration.ofSeconds(60));
  }

  @Test
  void secondaryRateLimit_twice_exceedsTheBudgetAndGivesUp(GitHubApi github) {
    github.stubFor(
        get(urlPathEqualTo(PATH))
            .willReturn(github.jsonFixture(403, "rest/errors/secondary-rate-limit.json")));
    GitHubClient client = TestClients.client(github, time);

    assertThatThrownBy(() -> client.rest(HttpMethod.GET, PATH, Map.of(), null))
        .isInstanceOf(TransientException.class)
        .hasMessageContaining("secondary rate limit")
        .hasMessageContaining("the next try would have to wait 60 s");
    assertThat(time.waits()).containsExactly(Duration.ofSeconds(60));
    assertThat(client.apiCalls()).isEqualTo(2);
  }

  @Test
  void tooManyRequests_withoutAnyHeader_isARateLimit(GitHubApi github) {
    answerInTurn(github, aResponse().withStatus(429), github.jsonFixture(200, OK));

    TestClients.client(github, time).rest(HttpMethod.GET, PATH, Map.of(), null);

    assertThat(time.waits()).containsExactly(Duration.ofSeconds(60));
  }

  @Test
  void retryAfterThatIsNotANumber_fallsBackToAMinute(GitHubApi github) {
    answerInTurn(
        github,
        aResponse().withStatus(429).withHeader("retry-after", "Wed, 26 Nov 2026 10:05:00 GMT"),
        github.jsonFixture(200, OK));

    TestClients.client(github, time).rest(HttpMethod.GET, PATH, Map.of(), null);

    assertThat(time.waits()).containsExactly(Duration.ofSeconds(60));
  }

  @Test
  void waits_beyondTheBudget_giveUpEvenBeforeTheAttemptsRunOut(GitHubApi github) {
    github.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(502)));
    GitHubSettings settings = TestClients.settings(github);
    GitHubSettings smallBudget =
        settings.withRetryTimings(
            settings.requestTimeout(), Duration.ofSeconds(1), Duration.ofSeconds(5));
    GitHubClient client = TestClients.factory(smallBudget, time).newClient();

    assertThatThrownBy(() -> client.rest(HttpMethod.GET, PATH, Map.of(), null))
        .isInstanceOf(TransientException.class)
        .hasMessageContaining("the next try would have to wait 4 s")
        .hasMessageContaining("the most one GitHub call may wait is 5 s");
    assertThat(time.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    assertThat(client.apiCalls()).isEqualTo(3);
  }

  /** Each request gets the next answer; the last one stays. */
  private static void answerInTurn(GitHubApi github, ResponseDefinitionBuilder... answers) {
    List<ResponseDefinitionBuilder> list = List.of(answers);
    for (int i = 0; i < list.size(); i++) {
      String state = i == 0 ? STARTED : "answer-" + i;
      var stub =
          get(urlPathEqualTo(PATH))
              .inScenario("in turn")
              .whenScenarioStateIs(state)
              .willReturn(list.get(i));
      if (i < list.size() - 1) {
        stub = stub.willSetStateTo("answer-" + (i + 1));
      }
      github.stubFor(stub);
    }
  }
}
