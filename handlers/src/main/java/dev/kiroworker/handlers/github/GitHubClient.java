package dev.kiroworker.handlers.github;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.handlers.errors.TransientException;
import dev.kiroworker.handlers.github.internal.ApiAddress;
import dev.kiroworker.handlers.github.internal.ApiRequest;
import dev.kiroworker.handlers.github.internal.ErrorBody;
import dev.kiroworker.handlers.github.internal.GraphQlAnswer;
import dev.kiroworker.handlers.github.internal.LinkHeader;
import dev.kiroworker.handlers.github.internal.RateLimits;
import dev.kiroworker.handlers.github.internal.RequestSender;
import dev.kiroworker.handlers.github.internal.ResponseCheck;
import dev.kiroworker.handlers.github.internal.RetryingCaller;
import dev.kiroworker.handlers.json.JsonMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GitHub's REST and GraphQL APIs for one handler invocation: retries 5xx answers, network errors,
 * timeouts and rate limits within a bounded wait, and counts every request it sends.
 *
 * <p>REST POSTs are not idempotent (a comment would be posted twice), so after a 5xx, a network
 * error or a timeout they fail with a {@link TransientException} instead of being sent again; the
 * workflow retries the step, which looks before it creates. Rate-limited requests, which GitHub
 * turned away unprocessed, are retried for every method.
 *
 * <p>Failures: {@link TransientException} when GitHub is unavailable or rate limited for longer
 * than a call may wait; {@link PermanentException} for a bad token (401), missing permissions
 * (403), invalid requests (422) and anything else no retry will fix, its message saying what to
 * fix. A 404 (REST) or {@code NOT_FOUND} (GraphQL) is an outcome of the {@code ...IfFound} methods
 * and a {@link PermanentException} naming the resource from the others.
 *
 * <p>Get one per invocation from {@link GitHubClientFactory#newClient()}.
 */
public final class GitHubClient {

  private static final ObjectMapper JSON = JsonMapper.shared();

  private final GitHubSettings settings;
  private final ApiAddress address;
  private final RequestSender sender;
  private final ResponseCheck check;
  private final RateLimits rateLimits;
  private final RetryingCaller retrying;
  private final ApiCallCounter calls;

  GitHubClient(
      GitHubSettings settings,
      RequestSender sender,
      ResponseCheck check,
      RateLimits rateLimits,
      RetryingCaller retrying,
      ApiCallCounter calls) {
    this.settings = settings;
    this.address = new ApiAddress(settings.apiUrl());
    this.sender = sender;
    this.check = check;
    this.rateLimits = rateLimits;
    this.retrying = retrying;
    this.calls = calls;
  }

  /**
   * Sends a REST request.
   *
   * @param path a path under the API URL, such as {@code /repos/octo-org/app/pulls/7}, or a {@link
   *     RestResponse#nextPageUrl()} GitHub handed out
   * @param query query parameters, encoded here; empty for none
   * @param body the JSON body (a record, a {@code JsonNode}, a map), or {@code null} for none
   * @throws PermanentException naming the resource when GitHub answers 404
   */
  public RestResponse rest(HttpMethod method, String path, Map<String, String> query, Object body) {
    ApiRequest request = restRequest(method, path, query, body);
    HttpResponse<String> response = send(request);
    if (response.statusCode() == 404) {
      throw new PermanentException(
          "GitHub has no "
              + request.description()
              + " ("
              + ("404 " + ErrorBody.describe(response.body())).strip()
              + "). Check the owner, repository and number, and that the token can see them:"
              + " GitHub answers 404, not 403, for private resources a token may not read.");
    }
    return restResponse(request, response);
  }

  /**
   * As {@link #rest}, but a 404 is an empty result: for callers that handle a missing resource,
   * such as discovery falling back to GraphQL when a REST endpoint does not exist.
   */
  public Optional<RestResponse> restIfFound(
      HttpMethod method, String path, Map<String, String> query, Object body) {
    ApiRequest request = restRequest(method, path, query, body);
    HttpResponse<String> response = send(request);
    return response.statusCode() == 404
        ? Optional.empty()
        : Optional.of(restResponse(request, response));
  }

  /**
   * The elements of a list endpoint across its pages, following {@code Link: rel="next"}.
   *
   * @param maxPages how many pages to read at most; pass {@code per_page=100} in {@code query}
   * @throws PermanentException when the list has more than {@code maxPages} pages: better to fail
   *     loudly than to act on part of a list
   */
  public List<JsonNode> getAll(String path, Map<String, String> query, int maxPages) {
    List<JsonNode> elements = new ArrayList<>();
    RestResponse page = rest(HttpMethod.GET, path, query, null);
    for (int pages = 1; ; pages++) {
      if (!page.body().isArray()) {
        throw new PermanentException(
            "GET " + path + " answered " + page.body().getNodeType() + ", not a list.");
      }
      page.body().forEach(elements::add);
      if (page.nextPageUrl() == null) {
        return elements;
      }
      if (pages >= maxPages) {
        throw new PermanentException(
            "GET " + path + " has more than " + maxPages + " pages; narrow the request.");
      }
      page = rest(HttpMethod.GET, page.nextPageUrl().toString(), Map.of(), null);
    }
  }

  /**
   * Runs GraphQL document {@code document} (see {@link GraphQlDocuments}) and returns its {@code
   * data}.
   *
   * @throws PermanentException for any error in the answer, {@code NOT_FOUND} included
   */
  public JsonNode graphql(String document, Map<String, ?> variables) {
    JsonNode answer = graphQlAnswer(document, variables);
    return GraphQlAnswer.data(document, answer)
        .orElseThrow(() -> new PermanentException(GraphQlAnswer.notFound(document, answer)));
  }

  /**
   * As {@link #graphql}, but an answer whose errors are all {@code NOT_FOUND} (an organization
   * login that is a user, a deleted project) is an empty result.
   */
  public Optional<JsonNode> graphqlIfFound(String document, Map<String, ?> variables) {
    return GraphQlAnswer.data(document, graphQlAnswer(document, variables));
  }

  /** The HTTP requests this client has sent, retries and redirects included. */
  public int apiCalls() {
    return calls.count();
  }

  private HttpResponse<String> send(ApiRequest request) {
    boolean idempotent = !HttpMethod.POST.name().equals(request.method());
    return retrying.call(
        request.description(),
        idempotent,
        () -> {
          HttpResponse<String> response = sender.send(request);
          check.requireUsable(request, response);
          return response;
        });
  }

  private JsonNode graphQlAnswer(String document, Map<String, ?> variables) {
    ApiRequest request =
        new ApiRequest(
            "POST", settings.graphQlUrl(), graphQlBody(document, variables), "GraphQL " + document);
    // Every document is a query or a mutation that sets a value, so a repeat does no harm.
    return retrying.call(
        request.description(),
        true,
        () -> {
          HttpResponse<String> response = sender.send(request);
          if (response.statusCode() == 404) {
            throw new PermanentException(
                "No GraphQL endpoint at " + settings.graphQlUrl() + "; check GITHUB_API_URL.");
          }
          check.requireUsable(request, response);
          JsonNode answer = parse(request, response.body());
          GraphQlAnswer.rateLimited(answer)
              .ifPresent(
                  error -> {
                    throw rateLimits.ofGraphQlError(
                        request.description(), response.headers(), error.message());
                  });
          return answer;
        });
  }

  private ApiRequest restRequest(
      HttpMethod method, String path, Map<String, String> query, Object body) {
    var url = address.resolve(path, query);
    String json = body == null ? null : write(body);
    return new ApiRequest(method.name(), url, json, method + " " + address.describe(url));
  }

  private RestResponse restResponse(ApiRequest request, HttpResponse<String> response) {
    return new RestResponse(
        response.statusCode(),
        response.headers(),
        parse(request, response.body()),
        LinkHeader.next(response.headers()).orElse(null));
  }

  private static String graphQlBody(String document, Map<String, ?> variables) {
    ObjectNode body = JSON.createObjectNode();
    body.put("query", GraphQlDocuments.load(document));
    body.put("operationName", document);
    body.set("variables", JSON.valueToTree(variables));
    return body.toString();
  }

  private static JsonNode parse(ApiRequest request, String body) {
    if (body == null || body.isBlank()) {
      return MissingNode.getInstance();
    }
    try {
      return JSON.readTree(body);
    } catch (JsonProcessingException e) {
      // GitHub always answers JSON; anything else came from something in between.
      throw new TransientException(
          "GitHub's answer to "
              + request.description()
              + " is not JSON: "
              + ErrorBody.describe(body),
          e);
    }
  }

  private static String write(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Cannot write a " + body.getClass().getName() + " as a JSON request body", e);
    }
  }
}
