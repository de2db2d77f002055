package dev.kiroworker.handlers.spec;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A repository as {@code owner/name}, checked against GitHub's naming rules before it is put into
 * an API path.
 */
public record RepositoryName(String owner, String name) {

  private static final Pattern OWNER = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

  public RepositoryName {
    if (owner == null || !OWNER.matcher(owner).matches()) {
      throw new IllegalArgumentException("not a GitHub owner login: " + owner);
    }
    if (name == null || !NAME.matcher(name).matches() || name.equals(".") || name.equals("..")) {
      throw new IllegalArgumentException("not a GitHub repository name: " + name);
    }
  }

  /** The repository named by {@code text} ({@code owner/name}), if it has that shape. */
  public static Optional<RepositoryName> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    int slash = text.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(new RepositoryName(text.substring(0, slash), text.substring(slash + 1)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return owner + "/" + name;
  }
}
