package dev.kiroworker.handlers.github;

import dev.kiroworker.handlers.github.token.FixedTokenProvider;
import dev.kiroworker.handlers.github.token.GitHubToken;
import dev.kiroworker.testsupport.GitHubApi;
import java.net.URI;
import java.time.Duration;

/** GitHub clients aimed at the WireMock stand-in, on virtual time. */
final class TestClients {

  /** A token in GitHub's classic format; made up. */
  static final String TOKEN = "ghp_16C7e42F292c6912E7710c838347Ae178B4a";

  private TestClients() {}

  static GitHubSettings settings(GitHubApi github) {
    return GitHubSettings.defaults(URI.create(github.baseUrl()));
  }

  static GitHubClient client(GitHubApi github, VirtualTime time) {
    return factory(settings(github), time).newClient();
  }

  static GitHubClient client(GitHubApi github, VirtualTime time, Duration requestTimeout) {
    GitHubSettings settings = settings(github);
    return factory(
            settings.withRetryTimings(
                requestTimeout, settings.initialBackoff(), settings.maxTotalWait()),
            time)
        .newClient();
  }

  static GitHubClientFactory factory(GitHubSettings settings, VirtualTime time) {
    return GitHubClientFactory.create(
        settings,
        new FixedTokenProvider(new GitHubToken(TOKEN), "the GITHUB_TOKEN setting"),
        time,
        time);
  }
}
