package dev.kiroworker.handlers.github.token;

/**
 * A GitHub token. Its {@link #toString()} is masked so that logging or formatting the record, or
 * anything that holds it, cannot leak the value; only {@link #value()} reveals it.
 *
 * @param value the token, without surrounding whitespace
 */
public record GitHubToken(String value) {

  public GitHubToken {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a GitHub token must not be blank");
    }
    value = value.strip();
  }

  @Override
  public String toString() {
    return "GitHubToken[***]";
  }
}
