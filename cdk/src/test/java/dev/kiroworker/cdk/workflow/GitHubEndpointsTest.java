package dev.kiroworker.cdk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.cdk.config.InvalidEnvironmentException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GitHubEndpointsTest {

  @Test
  void withoutContextItIsGitHubCom() {
    assertThat(GitHubEndpoints.fromContext(key -> null)).isEqualTo(GitHubEndpoints.GITHUB_COM);
    assertThat(GitHubEndpoints.fromContext(Map.of("githubServerUrl", " ")::get))
        .isEqualTo(GitHubEndpoints.GITHUB_COM);
  }

  @Test
  void anEnterpriseServerGetsItsApiUnderApiV3UnlessTheApiIsNamed() {
    assertThat(
            GitHubEndpoints.fromContext(Map.of("githubServerUrl", "https://ghe.example.com")::get))
        .isEqualTo(
            new GitHubEndpoints("https://ghe.example.com/api/v3", "https://ghe.example.com"));
    assertThat(
            GitHubEndpoints.fromContext(
                Map.of(
                        "githubServerUrl",
                        "https://ghe.example.com",
                        "githubApiUrl",
                        "https://api.ghe.example.com")
                    ::get))
        .isEqualTo(new GitHubEndpoints("https://api.ghe.example.com", "https://ghe.example.com"));
    assertThat(GitHubEndpoints.fromContext(Map.of("githubServerUrl", "https://github.com")::get))
        .isEqualTo(GitHubEndpoints.GITHUB_COM);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://ghe.example.com",
        "https://ghe.example.com/",
        "https://ghe.example.com?x=1",
        "https://ghe.example.com#top",
        "ghe.example.com",
        "https://ghe example.com"
      })
  void aServerUrlThatIsNotAPlainHttpsRootFailsSynthesisNamingTheKey(String bad) {
    assertThatThrownBy(() -> GitHubEndpoints.fromContext(Map.of("githubServerUrl", bad)::get))
        .isInstanceOf(InvalidEnvironmentException.class)
        .hasMessageContaining("-c githubServerUrl=");
  }

  @Test
  void aBadServerIsNamedAsTheServerNotAsTheApiDerivedFromIt() {
    assertThatThrownBy(
            () ->
                GitHubEndpoints.fromContext(
                    Map.of("githubServerUrl", "http://ghe.example.com")::get))
        .hasMessageContaining("serverUrl is 'http://ghe.example.com'");
  }

  @Test
  void credentialsInTheUrlAreRefusedWithoutBeingRepeated() {
    assertThatThrownBy(
            () ->
                GitHubEndpoints.fromContext(
                    Map.of("githubServerUrl", "https://bot:ghp_secret123@ghe.example.com")::get))
        .isInstanceOf(InvalidEnvironmentException.class)
        .hasMessageContaining("(with credentials)")
        .hasMessageNotContaining("ghp_secret123");
  }
}
