package dev.kiroworker.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(GitHubApiExtension.class)
class GitHubApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void roundTrip_servesTheFixtureAndRecordsTheRequest(GitHubApi github) throws Exception {
    github.stubFor(
        get(urlPathEqualTo("/repos/octo-org/sample-service"))
            .withHeader("Accept", equalTo("application/vnd.github+json"))
            .willReturn(github.jsonFixture(200, "rest/repos/get-repository.json")));

    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(github.baseUrl() + "/repos/octo-org/sample-service"))
                .header("Accept", "application/vnd.github+json")
                .header("Authorization", "Bearer test-token")
                .header("X-GitHub-Api-Version", "2022-11-28")
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonNode repository = JSON.readTree(response.body());
    assertThat(repository.path("full_name").asText()).isEqualTo("octo-org/sample-service");
    assertThat(repository.path("default_branch").asText()).isEqualTo("main");
    github.verify(
        1,
        getRequestedFor(urlPathEqualTo("/repos/octo-org/sample-service"))
            .withHeader("Authorization", equalTo("Bearer test-token"))
            .withHeader("X-GitHub-Api-Version", equalTo("2022-11-28")));
  }

  @Test
  void eachTest_startsWithAnEmptyServer(GitHubApi github) throws Exception {
    assertThat(github.server().getStubMappings()).isEmpty();
    assertThat(github.server().getAllServeEvents()).isEmpty();

    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(github.baseUrl() + "/user")).build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(404);
  }

  @Test
  void addresses_pointAtLoopback(GitHubApi github) {
    assertThat(URI.create(github.baseUrl()).getHost()).isEqualTo("127.0.0.1");
    assertThat(github.baseUrl()).doesNotEndWith("/");
    assertThat(github.graphQlUrl()).isEqualTo(github.baseUrl() + "/graphql");
  }

  @Test
  void fixture_outsideTheFixtureFolder_isRejected(GitHubApi github) {
    assertThatThrownBy(() -> github.fixture("../node-tools/package.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leaves");
  }

  @Test
  void fixture_thatDoesNotExist_isNamedInTheError(GitHubApi github) {
    assertThatThrownBy(() -> github.fixture("rest/repos/absent.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no GitHub fixture at")
        .hasMessageContaining("absent.json");
  }
}
