package dev.kiroworker.worker.run;

import dev.kiroworker.worker.cli.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Where a local run talks to GitHub: the REST/GraphQL API root and the server repositories are
 * cloned from. Both are GitHub's by default; tests point them at WireMock and a folder of bare
 * repositories, which is the only case in which the build may clone from a local path.
 *
 * @param localRemote whether the server is a local folder, so the build must allow local remotes
 */
record GitHubEndpoints(URI apiUrl, String serverUrl, boolean localRemote) {

  static final String DEFAULT_API_URL = "https://api.github.com";
  static final String DEFAULT_SERVER_URL = "https://github.com";

  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");

  /**
   * Checks both; neither may hold credentials (the token travels separately).
   *
   * @param apiUrl https, or http on loopback (a stand-in)
   * @param serverUrl https, or an existing folder given as an absolute path
   */
  static GitHubEndpoints of(String apiUrl, String serverUrl) {
    return localFolder(serverUrl)
        ? new GitHubEndpoints(api(apiUrl), trimmed(serverUrl), true)
        : new GitHubEndpoints(api(apiUrl), https(serverUrl), false);
  }

  private static URI api(String value) {
    URI uri = parse("--github-api-url", value);
    boolean secure = "https".equals(uri.getScheme());
    boolean loopback = "http".equals(uri.getScheme()) && LOOPBACK.contains(uri.getHost());
    if (uri.getHost() == null || !(secure || loopback)) {
      throw new InvalidInputException(
          "--github-api-url must be an https URL (http only on loopback), such as "
              + DEFAULT_API_URL
              + " or https://github.example.com/api/v3");
    }
    return URI.create(trimmed(value));
  }

  private static String https(String value) {
    URI uri = parse("--github-server-url", value);
    if (!"https".equals(uri.getScheme()) || uri.getHost() == null || uri.getRawQuery() != null) {
      throw new InvalidInputException(
          "--github-server-url must be an https URL such as "
              + DEFAULT_SERVER_URL
              + ", or an existing folder of <owner>/<name>.git repositories given by its absolute"
              + " path");
    }
    return trimmed(value);
  }

  private static boolean localFolder(String value) {
    return value.startsWith("/") && Files.isDirectory(Path.of(value));
  }

  private static URI parse(String option, String value) {
    if (value.contains("@")) {
      throw new InvalidInputException(
          option + " must not hold credentials; the token is read from GITHUB_TOKEN");
    }
    try {
      return new URI(value);
    } catch (URISyntaxException e) {
      throw new InvalidInputException(option + " is not a valid URL: " + e.getReason());
    }
  }

  private static String trimmed(String value) {
    return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
  }
}
