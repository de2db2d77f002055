package dev.kiroworker.handlers.github.internal;

import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.handlers.errors.TransientException;
import dev.kiroworker.handlers.github.ApiCallCounter;
import dev.kiroworker.handlers.github.GitHubSettings;
import dev.kiroworker.handlers.github.token.TokenProvider;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Set;

/**
 * Sends one attempt of a request with GitHub's headers and the token, counts it, and follows
 * redirects itself, only within the API root, so the token never follows one to another host.
 */
public final class RequestSender {

  static final String ACCEPT = "application/vnd.github+json";
  static final String API_VERSION = "2022-11-28";
  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 307, 308);
  private static final int MAX_REDIRECTS = 3;

  private final HttpClient http;
  private final GitHubSettings settings;
  private final TokenProvider tokens;
  private final ApiCallCounter calls;
  private final ApiAddress address;

  public RequestSender(
      HttpClient http, GitHubSettings settings, TokenProvider tokens, ApiCallCounter calls) {
    this.http = http;
    this.settings = settings;
    this.tokens = tokens;
    this.calls = calls;
    this.address = new ApiAddress(settings.apiUrl());
  }

  /**
   * The answer to {@code request}, whatever its status.
   *
   * @throws RetryableFailure when the network failed or the request timed out
   */
  public HttpResponse<String> send(ApiRequest request) {
    ApiRequest current = request;
    for (int redirects = 0; ; redirects++) {
      HttpResponse<String> response = sendOnce(current);
      if (!REDIRECTS.contains(response.statusCode())) {
        return response;
      }
      if (redirects == MAX_REDIRECTS) {
        throw new PermanentException(
            request.description() + " was redirected more than " + MAX_REDIRECTS + " times.");
      }
      current = current.redirectedTo(location(current, response));
    }
  }

  private URI location(ApiRequest request, HttpResponse<String> response) {
    URI target =
        response
            .headers()
            .firstValue("location")
            .map(request.url()::resolve)
            .orElseThrow(
                () ->
                    new PermanentException(
                        "GitHub redirected " + request.description() + " without a Location."));
    if (!address.isUnderRoot(target)) {
      throw new PermanentException(
          "GitHub redirected "
              + request.description()
              + " to "
              + ApiAddress.shown(target)
              + ", outside the API URL "
              + settings.apiUrl()
              + "; the request is not followed there with the token. Was the repository"
              + " renamed or moved? Update the configuration to its new name.");
    }
    return target;
  }

  private HttpResponse<String> sendOnce(ApiRequest request) {
    HttpRequest httpRequest = build(request);
    calls.increment();
    try {
      return http.send(httpRequest, HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      throw RetryableFailure.unavailable(
          request.description()
              + " timed out after "
              + settings.requestTimeout().toMillis()
              + " ms (GITHUB_REQUEST_TIMEOUT_SECONDS)",
          e);
    } catch (IOException e) {
      throw RetryableFailure.unavailable(request.description() + " failed on the network: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransientException("Interrupted while sending " + request.description(), e);
    }
  }

  private HttpRequest build(ApiRequest request) {
    HttpRequest.BodyPublisher body =
        request.jsonBody() == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(request.jsonBody());
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(request.url())
            .timeout(settings.requestTimeout())
            .header("Accept", ACCEPT)
            .header("X-GitHub-Api-Version", API_VERSION)
            .header("User-Agent", settings.userAgent())
            .header("Authorization", "Bearer " + tokens.token().value())
            .method(request.method(), body);
    if (request.jsonBody() != null) {
      builder.header("Content-Type", "application/json; charset=utf-8");
    }
    return builder.build();
  }
}
