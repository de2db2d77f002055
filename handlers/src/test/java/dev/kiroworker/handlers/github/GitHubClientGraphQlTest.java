package dev.kiroworker.handlers.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.handlers.errors.TransientException;
import dev.kiroworker.testsupport.GitHubApi;
import dev.kiroworker.testsupport.GitHubApiExtension;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(GitHubApiExtension.class)
class GitHubClientGraphQlTest {

  private final VirtualTime time = new VirtualTime();

  @Test
  void graphql_sendsTheDocumentByNameWithItsVariablesAndReturnsData(GitHubApi github) {
    github.stubFor(
        post(urlEqualTo("/graphql"))
            .willReturn(github.jsonFixture(200, "graphql/ProjectItemsOrg/page-1.json")));
    GitHubClient client = TestClients.client(github, time);

    JsonNode data = client.graphql("ProjectItemsOrg", boardVariables(null));

    JsonNode project = data.path("organization").path("projectV2");
    assertThat(project.path("statusField").path("options")).hasSize(5);
    assertThat(project.path("items").path("pageInfo").path("endCursor").asText()).isEqualTo("Mg");
    assertThat(
            project.path("items").path("nodes").get(0).path("content").path("__typename").asText())
        .isEqualTo("Issue");
    github.verify(
        1,
        postRequestedFor(urlEqualTo("/graphql"))
            .withHeader("Authorization", equalTo("Bearer " + TestClients.TOKEN))
            .withHeader("X-GitHub-Api-Version", equalTo("2022-11-28"))
            .withRequestBody(matchingJsonPath("$.operationName", equalTo("ProjectItemsOrg")))
            .withRequestBody(matchingJsonPath("$.query", containing("query ProjectItemsOrg(")))
            .withRequestBody(matchingJsonPath("$.variables.login", equalTo("octo-org")))
            .withRequestBody(matchingJsonPath("$.variables.number", equalTo("3")))
            .withRequestBody(matchingJsonPath("$.variables.statusField", equalTo("Status"))));
    assertThat(client.apiCalls()).isEqualTo(1);
  }

  @Test
  void graphql_mutation_returnsTheUpdatedItem(GitHubApi github) {
    github.stubFor(
        post(urlEqualTo("/graphql"))
            .withRequestBody(matchingJsonPath("$.variables.optionId", equalTo("47fc9ee4")))
            .willReturn(github.jsonFixture(200, "graphql/UpdateItemStatus/updated.json")));

    JsonNode data =
        TestClients.client(github, time)
            .graphql(
                "UpdateItemStatus",
                Map.of(
                    "projectId", "PVT_kwDOBXkHcM4AqZ3x",
                    "itemId", "PVTI_lADOBXkHcM4AqZ3xzgXy1a8",
                    "fieldId", "PVTSSF_lADOBXkHcM4AqZ3xzgh1Xk4",
                    "optionId", "47fc9ee4"));

    assertThat(data.at("/updateProjectV2ItemFieldValue/projectV2Item/id").asText())
        .isEqualTo("PVTI_lADOBXkHcM4AqZ3xzgXy1a8");
  }

  @Test
  void graphqlIfFound_notFound_isEmptySoDiscoveryCanTryTheUserBoard(GitHubApi github) {
    github.stubFor(
        post(urlEqualTo("/graphql"))
            .willReturn(github.jsonFixture(200, "graphql/ProjectItemsOrg/not-found.json")));
    GitHubClient client = TestClients.client(github, time);

    Optional<JsonNode> data = client.graphqlIfFound("ProjectItemsOrg", boardVariables(null));

    assertThat(data).isEmpty();
    assertThat(client.apiCalls()).isEqualTo(1);
  }

  @Test
  void graphqlIfFound_found_returnsData(GitHubApi github) {
    github.stubFor(
        post(urlEqualTo("/graphql"))
            .willReturn(github.jsonFixture(200, "graphql/SpecBranch/valid.json")));

    Optional<JsonNode> data =
        TestClients.client(github, time).graphqlIfFound("SpecBranch", Map.of());

    assertThat(data)
        .hasValueSatisfying(
            d -> assertThat(d.at("/repository/ref/target/oid").asText()).hasSize(40));
  }

  @Test
  void graphql_notFound_isPermanentNamingWhatWasMissing(GitHubApi github) {
    github.stubFor(
        post(urlEqualTo("/graphql"))
            .willReturn(github.jsonFixture(200, "graphql/ProjectItemsOrg/not-found.json")));

    assertThatThrownBy(
            () -> TestClients.client(github, time).graphql("ProjectItemsOrg", boardVariables(null)))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining(
            "GitHub found nothing for GraphQL ProjectItemsOrg (NOT_FOUND at organization: Could not"
                + " resolve to an Organization with the login of 'octocat'.)");
  }

  @Test
  void graphql_rateLimited_waitsForTheResetAndRetries(GitHubApi github) {
    long resetIn20Seconds = VirtualTime.START.getEpochSecond() + 20;
    github.stubFor(
        post(urlEqualTo("/graphql"))
            .inScenario("rate limit")
            .whenScenarioStateIs(STARTED)
            .willReturn(
                github
                    .jsonFixture(200, "graphql/errors/rate-limited.json")
                    .withHeader("x-ratelimit-remaining", "0")
                    .withHeader("x-ratelimit-reset", Long.toString(resetIn20Seconds))
                    .withHeader("x-ratelimit-resource", "graphql"))
            .willSetStateTo("lifted"));
    github.stubFor(
        post(urlEqualTo("/graphql"))
            .inScenario("rate limit")
            .whenScenarioStateIs("lifted")
            .willReturn(github.jsonFixture(200, "graphql/SpecBranch/valid.json")));
    GitHubClient client = TestClients.client(github, time);

    JsonNode data = client.graphql("SpecBranch", Map.of());

    assertThat(data.at("/repository/nameWithOwner").asText()).isEqualTo("octo-org/sample-service");
    assertThat(time.waits()).containsExactly(Duration.ofSeconds(21));
    assertThat(client.apiCalls()).isEqualTo(2);
  }

  @Test
  void graphql_rateLimitedUntilLater_givesUpWithTheResetTime(GitHubApi github) {
    github.stubFor(
        post(urlEqualTo("/graphql"))
            .willReturn(
                github
                    .jsonFixture(200, "graphql/errors/rate-limited.json")
                    .withHeader("x-ratelimit-remaining", "0")
                    .withHeader(
                        "x-ratelimit-reset",
                        Long.toString(VirtualTime.START.getEpochSecond() + 900))));

    assertThatThrownBy(() -> TestClients.client(github, time).graphql("SpecBranch", Map.of()))
        .isInstanceOf(TransientException.class)
        .hasMessageContaining(
            "GraphQL SpecBranch hit GitHub's GraphQL rate limit (API rate limit already exceeded")
        .hasMessageContaining("GitHub lifts the limit at 2026-11-26T10:15:00Z");
    assertThat(time.waits()).isEmpty();
  }

  @Test
  void graphql_insufficientScopes_namesTheScopes(GitHubApi github) {
    github.stubFor(
        post(urlEqualTo("/graphql"))
            .willReturn(github.jsonFixture(200, "graphql/errors/insufficient-scopes.json")));

    assertThatThrownBy(
            () -> TestClients.client(github, time).graphql("ProjectItemsOrg", boardVariables(null)))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining(
            "INSUFFICIENT_SCOPES: Your token has not been granted the required scopes")
        .hasMessageContaining("'repo' and 'project'");
  }

  @Test
  void graphql_untypedQueryError_isPermanentWithGitHubsMessage(GitHubApi github) {
    github.stubFor(
        post(urlEqualTo("/graphql"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withBody(
                        "{\"errors\":[{\"path\":[\"query\",\"repository\",\"ref\"],"
                            + "\"message\":\"Argument 'qualifiedName' on Field 'ref' has an invalid value.\"}]}")));

    assertThatThrownBy(() -> TestClients.client(github, time).graphql("SpecBranch", Map.of()))
        .isInstanceOf(PermanentException.class)
        .hasMessage(
            "GitHub rejected GraphQL SpecBranch: error at query.repository.ref: Argument"
                + " 'qualifiedName' on Field 'ref' has an invalid value.");
  }

  @Test
  void graphql_mixedNotFoundAndOtherErrors_isNotANotFound(GitHubApi github) {
    github.stubFor(
        post(urlEqualTo("/graphql"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withBody(
                        "{\"data\":null,\"errors\":[{\"type\":\"NOT_FOUND\",\"message\":\"gone\"},"
                            + "{\"type\":\"FORBIDDEN\",\"message\":\"Resource not accessible by integration\"}]}")));

    assertThatThrownBy(
            () -> TestClients.client(github, time).graphqlIfFound("SpecBranch", Map.of()))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("FORBIDDEN: Resource not accessible by integration");
  }

  @Test
  void graphql_serverErrorThenSuccess_isRetried(GitHubApi github) {
    github.stubFor(
        post(urlEqualTo("/graphql"))
            .inScenario("flaky")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(502).withBody("{\"message\":\"Server Error\"}"))
            .willSetStateTo("ok"));
    github.stubFor(
        post(urlEqualTo("/graphql"))
            .inScenario("flaky")
            .whenScenarioStateIs("ok")
            .willReturn(github.jsonFixture(200, "graphql/SpecBranch/valid.json")));
    GitHubClient client = TestClients.client(github, time);

    client.graphql("SpecBranch", Map.of());

    assertThat(client.apiCalls()).isEqualTo(2);
    assertThat(time.waits()).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void graphql_badCredentials_isPermanent(GitHubApi github) {
    github.stubFor(
        post(urlEqualTo("/graphql"))
            .willReturn(github.jsonFixture(401, "rest/errors/bad-credentials.json")));

    assertThatThrownBy(() -> TestClients.client(github, time).graphql("SpecBranch", Map.of()))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("GitHub refused GraphQL SpecBranch (401 Bad credentials)");
  }

  @Test
  void graphql_noEndpoint_pointsAtTheApiUrlSetting(GitHubApi github) {
    assertThatThrownBy(() -> TestClients.client(github, time).graphql("SpecBranch", Map.of()))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining(
            "No GraphQL endpoint at " + github.graphQlUrl() + "; check GITHUB_API_URL");
  }

  @Test
  void graphql_enterpriseServer_postsToApiGraphql(GitHubApi github) {
    github.stubFor(
        post(urlPathEqualTo("/api/graphql"))
            .willReturn(github.jsonFixture(200, "graphql/SpecBranch/valid.json")));
    GitHubSettings enterprise = GitHubSettings.defaults(URI.create(github.baseUrl() + "/api/v3"));

    JsonNode data =
        TestClients.factory(enterprise, time).newClient().graphql("SpecBranch", Map.of());

    assertThat(data.at("/repository/pullRequests/nodes/0/number").asInt()).isEqualTo(42);
    github.verify(1, postRequestedFor(urlEqualTo("/api/graphql")));
  }

  @Test
  void graphql_unknownDocument_isAProgrammingError(GitHubApi github) {
    GitHubClient client = TestClients.client(github, time);

    assertThatThrownBy(() -> client.graphql("NoSuchQuery", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("graphql/NoSuchQuery.graphql");
    assertThat(client.apiCalls()).isZero();
  }

  /** Variables for the board queries; a null cursor asks for the first page. */
  private static Map<String, Object> boardVariables(String cursor) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("login", "octo-org");
    variables.put("number", 3);
    variables.put("cursor", cursor);
    variables.put("statusField", "Status");
    variables.put("branchField", "Branch");
    return variables;
  }
}
