package dev.kiroworker.handlers.github;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Objects;
import java.util.Optional;

/**
 * A successful answer from GitHub's REST API.
 *
 * @param status the HTTP status, 2xx
 * @param headers the response headers; look-ups ignore case
 * @param body the parsed JSON body; a {@code MissingNode} when there was none (204)
 * @param nextPageUrl the {@code rel="next"} URL of the {@code Link} header, or {@code null} on the
 *     last page; pass it back to {@link GitHubClient#rest} as the path to read the next page
 */
public record RestResponse(int status, HttpHeaders headers, JsonNode body, URI nextPageUrl) {

  public RestResponse {
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(body, "body");
  }

  /** The next page's URL, if there is one. */
  public Optional<URI> nextPage() {
    return Optional.ofNullable(nextPageUrl);
  }

  /** The first value of header {@code name}, whatever its case. */
  public Optional<String> header(String name) {
    return headers.firstValue(name);
  }
}
