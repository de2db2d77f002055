package dev.kiroworker.handlers.github;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.testsupport.GitHubApi;
import dev.kiroworker.testsupport.GitHubApiExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(GitHubApiExtension.class)
class GitHubClientFactoryTest {

  @Test
  void from_settings_wiresTheRealClientToTheConfiguredApi(GitHubApi github) {
    github.stubFor(
        get(urlPathEqualTo("/repos/octo-org/sample-service"))
            .willReturn(github.jsonFixture(200, "rest/repos/get-repository.json")));
    GitHubClientFactory factory =
        GitHubClientFactory.from(
            Map.of("GITHUB_API_URL", github.baseUrl(), "GITHUB_TOKEN", TestClients.TOKEN)::get);

    RestResponse response =
        factory.newClient().rest(HttpMethod.GET, "/repos/octo-org/sample-service", Map.of(), null);

    assertThat(response.status()).isEqualTo(200);
    assertThat(factory.settings().apiUrl().toString()).isEqualTo(github.baseUrl());
    assertThat(factory.tokens().source()).isEqualTo("the GITHUB_TOKEN setting");
    github.verify(
        getRequestedFor(urlPathEqualTo("/repos/octo-org/sample-service"))
            .withHeader("Authorization", equalTo("Bearer " + TestClients.TOKEN)));
  }

  @Test
  void from_withoutAToken_failsAtOnce() {
    assertThatThrownBy(() -> GitHubClientFactory.from(Map.<String, String>of()::get))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("No GitHub token configured");
  }
}
