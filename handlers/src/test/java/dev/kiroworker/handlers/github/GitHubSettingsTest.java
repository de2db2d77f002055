package dev.kiroworker.handlers.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.handlers.errors.PermanentException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GitHubSettingsTest {

  @Test
  void from_nothingSet_isGitHubDotComWithTheDefaults() {
    GitHubSettings settings = GitHubSettings.from(Map.<String, String>of()::get);

    assertThat(settings.apiUrl()).isEqualTo(URI.create("https://api.github.com"));
    assertThat(settings.graphQlUrl()).isEqualTo(URI.create("https://api.github.com/graphql"));
    assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(settings.maxAttempts()).isEqualTo(5);
    assertThat(settings.initialBackoff()).isEqualTo(Duration.ofSeconds(1));
    assertThat(settings.maxTotalWait()).isEqualTo(Duration.ofSeconds(60));
    assertThat(settings.userAgent()).isEqualTo("kiro-worker");
  }

  @Test
  void from_everythingSet_isRead() {
    GitHubSettings settings =
        GitHubSettings.from(
            Map.of(
                    "GITHUB_API_URL", " https://github.example.com/api/v3/ ",
                    "GITHUB_REQUEST_TIMEOUT_SECONDS", "30",
                    "GITHUB_MAX_ATTEMPTS", "3",
                    "GITHUB_MAX_RETRY_WAIT_SECONDS", "120")
                ::get);

    assertThat(settings.apiUrl()).isEqualTo(URI.create("https://github.example.com/api/v3"));
    assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.maxAttempts()).isEqualTo(3);
    assertThat(settings.maxTotalWait()).isEqualTo(Duration.ofSeconds(120));
  }

  @ParameterizedTest
  @CsvSource({
    "https://api.github.com, https://api.github.com/graphql",
    "https://github.example.com/api/v3, https://github.example.com/api/graphql",
    "https://github.example.com:8443/api/v3/, https://github.example.com:8443/api/graphql",
    "http://127.0.0.1:8089, http://127.0.0.1:8089/graphql",
    "https://proxy.example.com/github, https://proxy.example.com/github/graphql"
  })
  void graphQlUrl_followsGitHubsLayout(String api, String graphQl) {
    assertThat(GitHubSettings.defaults(URI.create(api)).graphQlUrl())
        .isEqualTo(URI.create(graphQl));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "GITHUB_API_URL|ftp://api.github.com|must be an absolute https URL",
        "GITHUB_API_URL|api.github.com|must be an absolute https URL",
        "GITHUB_API_URL|http://github.example.com/api/v3|must use https outside this machine",
        "GITHUB_API_URL|https://me:ghp_secret@api.github.com|without credentials",
        "GITHUB_API_URL|https://api.github.com?x=1|without credentials, query or fragment",
        "GITHUB_API_URL|https://api github com|Illegal character",
        "GITHUB_MAX_ATTEMPTS|many|GITHUB_MAX_ATTEMPTS must be a whole number, was 'many'",
        "GITHUB_MAX_ATTEMPTS|0|maxAttempts must be 1 to 20, was 0",
        "GITHUB_MAX_ATTEMPTS|99999999999|maxAttempts must be 1 to 20, was 2147483647",
        "GITHUB_REQUEST_TIMEOUT_SECONDS|0|requestTimeout must be more than zero",
        "GITHUB_MAX_RETRY_WAIT_SECONDS|-1|maxTotalWait must be zero or more, was PT-1S"
      })
  void from_invalidValue_isPermanentAndNamesIt(String name, String value, String expected) {
    assertThatThrownBy(() -> GitHubSettings.from(Map.of(name, value)::get))
        .isInstanceOf(PermanentException.class)
        .hasMessageStartingWith("Invalid GitHub setting: ")
        .hasMessageContaining(expected);
  }

  @Test
  void invalidMessages_neverEchoCredentialsFromTheUrl() {
    assertThatThrownBy(
            () ->
                GitHubSettings.from(
                    Map.of("GITHUB_API_URL", "https://me:ghp_secret@api.github.com")::get))
        .message()
        .doesNotContain("ghp_secret");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " "})
  void userAgent_mustNotBeBlank(String userAgent) {
    GitHubSettings defaults = GitHubSettings.defaults(GitHubSettings.DEFAULT_API_URL);

    assertThatThrownBy(
            () ->
                new GitHubSettings(
                    defaults.apiUrl(),
                    defaults.requestTimeout(),
                    defaults.maxAttempts(),
                    defaults.initialBackoff(),
                    defaults.maxTotalWait(),
                    userAgent))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("userAgent");
  }

  @Test
  void withRetryTimings_keepsEverythingElse() {
    GitHubSettings defaults = GitHubSettings.defaults(URI.create("http://localhost:1"));

    GitHubSettings quick =
        defaults.withRetryTimings(Duration.ofMillis(50), Duration.ofMillis(1), Duration.ZERO);

    assertThat(quick.requestTimeout()).isEqualTo(Duration.ofMillis(50));
    assertThat(quick.initialBackoff()).isEqualTo(Duration.ofMillis(1));
    assertThat(quick.maxTotalWait()).isZero();
    assertThat(quick.apiUrl()).isEqualTo(defaults.apiUrl());
    assertThat(quick.maxAttempts()).isEqualTo(defaults.maxAttempts());
  }

  @Test
  void initialBackoff_mustBePositive() {
    GitHubSettings defaults = GitHubSettings.defaults(GitHubSettings.DEFAULT_API_URL);

    assertThatThrownBy(() -> defaults.withRetryTimings(Duration.ofSeconds(1), null, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("initialBackoff");
  }
}
