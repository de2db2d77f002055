package dev.kiroworker.cdk.workflow;

import java.net.URI;

/**
 * Where GitHub is: the REST API the handlers call ({@code GITHUB_API_URL}) and the server the build
 * clones from ({@code ${GitHubServerUrl}}). GitHub Enterprise Server would be {@code
 * https://HOST/api/v3} and {@code https://HOST}.
 *
 * @param apiUrl the REST API root, without a trailing slash
 * @param serverUrl the web and git root, without a trailing slash
 */
public record GitHubEndpoints(String apiUrl, String serverUrl) {

  /** github.com. */
  public static final GitHubEndpoints GITHUB_COM =
      new GitHubEndpoints("https://api.github.com", "https://github.com");

  public GitHubEndpoints {
    requireHttpsRoot(apiUrl, "apiUrl");
    requireHttpsRoot(serverUrl, "serverUrl");
  }

  private static void requireHttpsRoot(String url, String name) {
    URI parsed = url == null ? null : URI.create(url);
    if (parsed == null
        || !"https".equals(parsed.getScheme())
        || parsed.getHost() == null
        || url.endsWith("/")) {
      throw new IllegalArgumentException(
          "GitHub " + name + " is '" + url + "'; expected an https:// URL without a trailing /.");
    }
  }
}
