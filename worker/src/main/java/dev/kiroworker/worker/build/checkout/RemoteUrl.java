package dev.kiroworker.worker.build.checkout;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Checks a remote before git sees it: an https URL without credentials, or, only when allowed, a
 * local absolute path or {@code file:} URL. Anything else (ssh, {@code ext::}, options) is refused
 * because git would run it or read it as something other than a plain fetch.
 */
public final class RemoteUrl {

  private RemoteUrl() {}

  /**
   * Returns {@code remote} when it may be cloned or pushed to.
   *
   * @throws InvalidCheckoutInputException saying why it is refused, without echoing it
   */
  public static String check(String remote, boolean allowLocal) {
    if (remote == null || remote.isEmpty() || remote.length() > 2000) {
      throw refused("give an https URL");
    }
    if (remote.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
      throw refused("it contains spaces or control characters");
    }
    if (allowLocal && remote.startsWith("/")) {
      return remote;
    }
    URI uri = parse(remote);
    String scheme = Optional.ofNullable(uri.getScheme()).orElse("");
    if (uri.getRawUserInfo() != null || remote.contains("@")) {
      throw refused("it holds credentials; give the token separately, never in the URL");
    }
    if (scheme.equals("https") && uri.getHost() != null && uri.getRawQuery() == null) {
      return remote;
    }
    if (allowLocal && scheme.equals("file")) {
      return remote;
    }
    throw refused(allowLocal ? "use https, a file: URL or an absolute path" : "use https");
  }

  /** The host part of an https remote, or empty for a local one. */
  static Optional<String> httpsOrigin(String remote) {
    if (!remote.startsWith("https:")) {
      return Optional.empty();
    }
    URI uri = parse(remote);
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    return Optional.of("https://" + uri.getHost() + port + "/");
  }

  private static URI parse(String remote) {
    try {
      return new URI(remote);
    } catch (URISyntaxException e) {
      throw refused("it is not a valid URL");
    }
  }

  private static InvalidCheckoutInputException refused(String reason) {
    // The refused URL may hold a password, so it is never echoed back.
    return new InvalidCheckoutInputException("The remote URL is not accepted: " + reason + ".");
  }
}
