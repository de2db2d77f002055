package dev.kiroworker.cdk.workflow;

import dev.kiroworker.cdk.config.InvalidEnvironmentException;
import java.net.URI;
import java.util.function.Function;

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

  /** The context keys a GitHub Enterprise Server deployment sets. */
  public static final String SERVER_URL_KEY = "githubServerUrl";

  public static final String API_URL_KEY = "githubApiUrl";

  public GitHubEndpoints {
    // The server first: the API is often derived from it, and its own error says more.
    requireHttpsRoot(serverUrl, "serverUrl");
    requireHttpsRoot(apiUrl, "apiUrl");
  }

  /**
   * github.com, or the GitHub Enterprise Server that {@code -c githubServerUrl=https://HOST} names;
   * its API is then {@code https://HOST/api/v3} unless {@code -c githubApiUrl=} says otherwise.
   *
   * @param context reads one context value, or returns null when it is not set
   */
  public static GitHubEndpoints fromContext(Function<String, Object> context) {
    String server = text(context.apply(SERVER_URL_KEY));
    String api = text(context.apply(API_URL_KEY));
    if (server == null && api == null) {
      return GITHUB_COM;
    }
    String serverUrl = server != null ? server : GITHUB_COM.serverUrl();
    String apiUrl =
        api != null
            ? api
            : serverUrl.equals(GITHUB_COM.serverUrl())
                ? GITHUB_COM.apiUrl()
                : serverUrl + "/api/v3";
    try {
      return new GitHubEndpoints(apiUrl, serverUrl);
    } catch (IllegalArgumentException e) {
      throw new InvalidEnvironmentException(
          e.getMessage() + " Set it with -c " + SERVER_URL_KEY + "= / -c " + API_URL_KEY + "=.");
    }
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  private static void requireHttpsRoot(String url, String name) {
    URI parsed = url == null ? null : parse(url);
    if (parsed == null
        || !"https".equals(parsed.getScheme())
        || parsed.getHost() == null
        // Credentials, a query or a fragment would end up in the template and the clone URL.
        || parsed.getRawUserInfo() != null
        || parsed.getRawQuery() != null
        || parsed.getRawFragment() != null
        || url.endsWith("/")) {
      throw new IllegalArgumentException(
          "GitHub "
              + name
              + " is '"
              + (parsed != null && parsed.getRawUserInfo() != null ? "(with credentials)" : url)
              + "'; expected an https:// URL without credentials, query or trailing /.");
    }
  }

  private static URI parse(String url) {
    try {
      return new URI(url);
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }
}
