package dev.kiroworker.handlers.github.internal;

import java.net.URI;
import java.util.Objects;

/**
 * One request to GitHub, as sent on every attempt.
 *
 * @param method the HTTP method name
 * @param url the full URL, under the API root
 * @param jsonBody the JSON body, or {@code null} for none
 * @param description what messages call it: {@code GET /repos/o/r} or {@code GraphQL SpecBranch}
 */
public record ApiRequest(String method, URI url, String jsonBody, String description) {

  public ApiRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(description, "description");
  }

  /** This request sent somewhere else, as a redirect asks. */
  public ApiRequest redirectedTo(URI location) {
    return new ApiRequest(method, location, jsonBody, description);
  }
}
