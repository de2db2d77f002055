package dev.kiroworker.worker.demo.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.handlers.github.GitHubClient;
import dev.kiroworker.handlers.github.GitHubClientFactory;
import dev.kiroworker.handlers.github.HttpMethod;
import dev.kiroworker.handlers.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stand-in at the HTTP level: the token, rate-limit headers, REST paging, and requests it does
 * not serve, which must be answered with an error and recorded.
 */
class GitHubStandInProtocolTest {

  private static final String COMMENTS = "/repos/octo-org/sample-service/issues/42/comments";
  private static final String FIELDS = "/orgs/octo-org/projectsV2/7/fields";

  private GitHubStandIn standIn;
  private GitHubClient github;

  @BeforeEach
  void start() {
    standIn = GitHubStandIn.start(DemoWorld.defaultScenario().build(), StandInClients.CLOCK);
    github = StandInClients.factory(standIn).newClient();
  }

  @AfterEach
  void stop() {
    standIn.close();
  }

  @Test
  void environment_pointsTheHandlersGitHubSettingsAtTheStandIn() {
    GitHubClient configured = GitHubClientFactory.from(standIn.environment()::get).newClient();

    JsonNode fields = configured.rest(HttpMethod.GET, FIELDS, Map.of(), null).body();

    assertThat(fields)
        .extracting(field -> field.get("name").asText())
        .containsExactly("Title", "Status", "Branch");
    assertThat(standIn.unexpectedRequests()).isEmpty();
  }

  @Test
  void aNumberTooLongForGitHub_isUnknown() {
    assertThat(
            github.restIfFound(
                HttpMethod.GET,
                "/repos/octo-org/sample-service/issues/99999999999/comments",
                Map.of(),
                null))
        .isEmpty();
    assertThat(standIn.unexpectedRequests()).hasSize(1);
  }

  @Test
  void aRequestWithoutTheToken_isAnswered401_andRecorded() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri(FIELDS)).GET());

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(json(response).get("message").asText()).isEqualTo("Bad credentials");
    assertThat(standIn.unexpectedRequests())
        .extracting(RecordedMutation::describe)
        .containsExactly("request without the demo token GET " + FIELDS + " (answered 401)");
  }

  @Test
  void everyAnswer_carriesGitHubsRateLimitHeaders() throws Exception {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(uri(FIELDS))
                .header("Authorization", "token " + DemoWorld.TOKEN));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("x-ratelimit-limit")).contains("5000");
    assertThat(response.headers().firstValue("x-ratelimit-remaining")).contains("4999");
    assertThat(response.headers().firstValue("x-ratelimit-resource")).contains("core");
    assertThat(response.headers().firstValue("x-ratelimit-reset"))
        .contains(String.valueOf(StandInClients.CLOCK.instant().getEpochSecond() + 3600));
  }

  @Test
  void anUnknownRestRequest_isAnswered404_andRecorded() {
    assertThatThrownBy(
            () ->
                github.rest(
                    HttpMethod.GET, "/repos/octo-org/sample-service/pulls/42", Map.of(), null))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("404 Not Found");

    assertThat(standIn.unexpectedRequests())
        .singleElement()
        .satisfies(
            request -> {
              assertThat(request.kind()).isEqualTo(RecordedMutation.Kind.UNKNOWN_REQUEST);
              assertThat(request.target()).isEqualTo("GET /repos/octo-org/sample-service/pulls/42");
              assertThat(request.values()).containsEntry("status", "404");
            });
  }

  @Test
  void anUnknownGraphQlOperation_isAnswered400_andRecordedWithItsName() throws Exception {
    HttpResponse<String> response =
        graphQl("{\"query\":\"query Viewer { viewer { login } }\",\"operationName\":\"Viewer\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("message").asText()).contains("not operation Viewer");
    assertThat(standIn.unexpectedRequests())
        .extracting(RecordedMutation::describe)
        .containsExactly("unexpected request POST /graphql (operation Viewer) (answered 400)");
  }

  @Test
  void aHandlersOperationNameWithAnotherDocument_isUnknown() throws Exception {
    HttpResponse<String> spoofed =
        graphQl(
            "{\"query\":\"query SpecBranch { viewer { login } }\",\"operationName\":\"SpecBranch\"}");
    HttpResponse<String> notJson = graphQl("{not json");

    assertThat(spoofed.statusCode()).isEqualTo(400);
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(standIn.unexpectedRequests())
        .extracting(RecordedMutation::target)
        .containsExactly(
            "POST /graphql (operation SpecBranch)", "POST /graphql (operation (not JSON))");
  }

  @Test
  void aProjectFilterOfAnotherForm_isUnknown() {
    var answer =
        github.restIfFound(
            HttpMethod.GET,
            "/orgs/octo-org/projectsV2/7/items",
            Map.of("q", "label:bug", "per_page", "100"),
            null);

    assertThat(answer).isEmpty();
    assertThat(standIn.unexpectedRequests()).hasSize(1);
  }

  @Test
  void anotherOwnersBoard_isNotFound() {
    var answer =
        github.restIfFound(HttpMethod.GET, "/users/octo-org/projectsV2/7/fields", Map.of(), null);

    assertThat(answer).isEmpty();
    assertThat(standIn.unexpectedRequests()).hasSize(1);
  }

  @Test
  void comments_arePagedWithLinkHeaders_inTheOrderTheyWereWritten() {
    for (String text : List.of("one", "two", "three")) {
      github.rest(HttpMethod.POST, COMMENTS, Map.of(), Map.of("body", text));
    }

    List<JsonNode> comments = github.getAll(COMMENTS, Map.of("per_page", "2"), 5);

    assertThat(comments)
        .extracting(comment -> comment.get("body").asText())
        .containsExactly("one", "two", "three");
    assertThat(github.apiCalls()).as("three posts and two pages").isEqualTo(5);
    assertThat(comments.getFirst().get("html_url").asText())
        .startsWith("https://github.com/octo-org/sample-service/pull/42#issuecomment-");
  }

  @Test
  void aCommentWithoutABody_isRefused422_andNothingIsRecorded() {
    assertThatThrownBy(
            () -> github.rest(HttpMethod.POST, COMMENTS, Map.of(), Map.of("text", "hello")))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("422");
    assertThatThrownBy(
            () ->
                github.rest(
                    HttpMethod.PATCH,
                    "/repos/octo-org/sample-service/issues/comments/1",
                    Map.of(),
                    Map.of("text", "hello")))
        .hasMessageContaining("422");

    assertThat(standIn.mutations()).isEmpty();
  }

  @Test
  void editingACommentThatDoesNotExist_isUnknown() {
    var answer =
        github.restIfFound(
            HttpMethod.PATCH,
            "/repos/octo-org/sample-service/issues/comments/1",
            Map.of(),
            Map.of("body", "hello"));

    assertThat(answer).isEmpty();
    assertThat(standIn.unexpectedRequests()).hasSize(1);
  }

  @Test
  void commentsOnANumberTheRepositoryDoesNotHave_areUnknown() {
    assertThat(
            github.restIfFound(
                HttpMethod.GET, "/repos/octo-org/sample-service/issues/7/comments", Map.of(), null))
        .isEmpty();
    assertThat(github.restIfFound(HttpMethod.PATCH, COMMENTS, Map.of(), Map.of("body", "x")))
        .isEmpty();
    assertThat(standIn.unexpectedRequests()).hasSize(2);
  }

  private HttpResponse<String> graphQl(String body) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(uri("/graphql"))
            .header("Authorization", "Bearer " + DemoWorld.TOKEN)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private URI uri(String path) {
    return URI.create(standIn.baseUrl() + path);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    try (HttpClient client = HttpClient.newHttpClient()) {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    return JsonMapper.shared().readTree(response.body());
  }
}
