package dev.kiroworker.handlers.github.token;

import java.util.Objects;

/**
 * A token given up front, e.g. from the {@code GITHUB_TOKEN} setting.
 *
 * @param token the token
 * @param source where it came from, for messages
 */
public record FixedTokenProvider(GitHubToken token, String source) implements TokenProvider {

  public FixedTokenProvider {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(source, "source");
  }
}
