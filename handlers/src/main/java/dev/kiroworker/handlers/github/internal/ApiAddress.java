package dev.kiroworker.handlers.github.internal;

import dev.kiroworker.handlers.errors.PermanentException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns API paths into URLs under the configured API root, and keeps the token at home: a URL on
 * any other origin (a pagination link, a redirect) is refused rather than sent the token.
 */
public final class ApiAddress {

  /** RFC 3986 path characters: no spaces, no query, no fragment, no backslashes. */
  private static final Pattern SAFE_PATH = Pattern.compile("/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*");

  private final URI root;

  public ApiAddress(URI root) {
    this.root = Objects.requireNonNull(root, "root");
  }

  /**
   * The URL for {@code pathOrUrl}: a path such as {@code /repos/o/r/pulls} relative to the API
   * root, or an absolute URL GitHub handed out (a {@code Link} header's next page) on the same
   * origin and under the same root. {@code query} is appended, encoded.
   */
  public URI resolve(String pathOrUrl, Map<String, String> query) {
    Objects.requireNonNull(pathOrUrl, "pathOrUrl");
    URI url = isAbsolute(pathOrUrl) ? URI.create(pathOrUrl) : URI.create(root + checked(pathOrUrl));
    if (!isUnderRoot(url)) {
      throw new PermanentException(
          "Refusing to send the GitHub token to "
              + shown(url)
              + ": it is not under the API URL "
              + root
              + " (GITHUB_API_URL).");
    }
    return query.isEmpty() ? url : appendQuery(url, query);
  }

  /** Whether {@code url} has the root's scheme, host and port and lies under its path. */
  public boolean isUnderRoot(URI url) {
    return Objects.equals(url.getScheme(), root.getScheme())
        && root.getRawAuthority().equalsIgnoreCase(String.valueOf(url.getRawAuthority()))
        && url.getRawUserInfo() == null
        && (url.getRawPath() + "/").startsWith(root.getRawPath() + "/");
  }

  /** The part of {@code url} after the API root, for messages: {@code /repos/o/r}. */
  public String describe(URI url) {
    String path = url.getRawPath();
    String relative =
        path.startsWith(root.getRawPath()) ? path.substring(root.getRawPath().length()) : path;
    return relative.isEmpty() ? "/" : relative;
  }

  /** How messages show a URL: scheme, host, port and path; never user info, query or fragment. */
  public static String shown(URI url) {
    String port = url.getPort() == -1 ? "" : ":" + url.getPort();
    return url.getScheme() + "://" + url.getHost() + port + url.getRawPath();
  }

  private static boolean isAbsolute(String pathOrUrl) {
    return pathOrUrl.startsWith("https://") || pathOrUrl.startsWith("http://");
  }

  private static String checked(String path) {
    if (!SAFE_PATH.matcher(path).matches() || path.contains("/../") || path.endsWith("/..")) {
      throw new IllegalArgumentException(
          "'"
              + path
              + "' is not an API path: start it with '/', percent-encode anything"
              + " unusual, and pass the query separately");
    }
    return path;
  }

  private static URI appendQuery(URI url, Map<String, String> query) {
    String encoded =
        query.entrySet().stream()
            .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
            .collect(Collectors.joining("&"));
    String separator = url.getRawQuery() == null ? "?" : "&";
    return URI.create(url + separator + encoded);
  }

  private static String encode(String value) {
    // URLEncoder writes form encoding; a query wants %20 for a space, not '+'.
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
