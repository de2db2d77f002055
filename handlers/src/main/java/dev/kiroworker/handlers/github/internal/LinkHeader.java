package dev.kiroworker.handlers.github.internal;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the {@code Link} header GitHub paginates lists with: {@code <url>; rel="next", <url>;
 * rel="last"}.
 */
public final class LinkHeader {

  private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"([^\"]*)\"");

  private LinkHeader() {}

  /** The {@code rel="next"} URL, absent on the last page. */
  public static Optional<URI> next(HttpHeaders headers) {
    return headers.allValues("link").stream()
        .flatMap(value -> LINK.matcher(value).results())
        .filter(link -> Arrays.asList(link.group(2).split("\\s+")).contains("next"))
        .map(link -> URI.create(link.group(1)))
        .findFirst();
  }
}
