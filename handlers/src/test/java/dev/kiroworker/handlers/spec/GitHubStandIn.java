package dev.kiroworker.handlers.spec;

import dev.kiroworker.handlers.config.ProjectConfig;
import dev.kiroworker.handlers.github.GitHubClientFactory;
import dev.kiroworker.handlers.github.GitHubSettings;
import dev.kiroworker.handlers.github.token.FixedTokenProvider;
import dev.kiroworker.handlers.github.token.GitHubToken;
import dev.kiroworker.testsupport.GitHubApi;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * GitHub clients aimed at the WireMock stand-in and the project configuration of the fixtures'
 * board, for the ValidateSpec and UpdatePullRequest tests.
 */
public final class GitHubStandIn {

  /** A token in GitHub's classic format; made up. */
  public static final String TOKEN = "ghp_16C7e42F292c6912E7710c838347Ae178B4a";

  /** 2026-11-26T10:00:00Z: every test's "now". */
  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

  private GitHubStandIn() {}

  /** A factory for the stand-in with {@link #TOKEN}. */
  public static GitHubClientFactory factory(GitHubApi github) {
    return factory(github, TOKEN);
  }

  /** A factory for the stand-in; retry waits are skipped, never slept. */
  public static GitHubClientFactory factory(GitHubApi github, String token) {
    return GitHubClientFactory.create(
        GitHubSettings.defaults(URI.create(github.baseUrl())),
        new FixedTokenProvider(new GitHubToken(token), "the GITHUB_TOKEN setting"),
        CLOCK,
        duration -> {});
  }

  /** The fixtures' board: octo-org's project 7 with the default column names. */
  public static ProjectConfig config() {
    return config(columns("Blocked"), ProjectConfig.StuckItems.FAIL);
  }

  /** The fixtures' board with other columns or stuck-item handling. */
  public static ProjectConfig config(
      ProjectConfig.Columns columns, ProjectConfig.StuckItems stuckItems) {
    return new ProjectConfig(
        ProjectConfig.OwnerType.ORGANIZATION,
        "octo-org",
        7,
        "Status",
        columns,
        "Branch",
        null,
        80.0,
        List.of("octo-org/sample-service"),
        stuckItems);
  }

  /** The default column names, with {@code blocked} as given. */
  public static ProjectConfig.Columns columns(String blocked) {
    return new ProjectConfig.Columns(
        "For Implementation", "In Progress", "In Review", "Done", "Failed", blocked);
  }
}
