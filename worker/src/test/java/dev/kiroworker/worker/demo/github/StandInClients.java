package dev.kiroworker.worker.demo.github;

import dev.kiroworker.handlers.github.GitHubClientFactory;
import dev.kiroworker.handlers.github.GitHubSettings;
import dev.kiroworker.handlers.github.token.FixedTokenProvider;
import dev.kiroworker.handlers.github.token.GitHubToken;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** GitHub clients aimed at a stand-in, as the handlers build them, with the demo token. */
final class StandInClients {

  /** 2026-11-26T10:00:00Z: every test's "now". */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

  private StandInClients() {}

  /**
   * A factory whose client fails the test instead of waiting to retry: the stand-in never fails.
   */
  static GitHubClientFactory factory(GitHubStandIn standIn) {
    return GitHubClientFactory.create(
        GitHubSettings.defaults(URI.create(standIn.baseUrl())),
        new FixedTokenProvider(new GitHubToken(DemoWorld.TOKEN), "the demo token"),
        CLOCK,
        duration -> {
          throw new AssertionError("no retry expected, asked to wait " + duration);
        });
  }
}
