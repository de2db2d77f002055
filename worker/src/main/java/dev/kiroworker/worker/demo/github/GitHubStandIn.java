package dev.kiroworker.worker.demo.github;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.kiroworker.handlers.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory GitHub on loopback for {@code kiro-worker demo}: serves a {@link DemoWorld}'s board,
 * repository and pull requests over the REST endpoints and GraphQL documents the handlers use, in
 * GitHub's documented shapes, keeps what the handlers change, and records each change as a {@link
 * RecordedMutation}. It is not a general GitHub emulator: a request the handlers do not send is
 * answered with an error in GitHub's shape and recorded as unknown, so it cannot pass unnoticed.
 *
 * <p>Point the handlers at {@link #baseUrl()} ({@code GITHUB_API_URL}) with {@link DemoWorld#TOKEN}
 * as the token. Close it to stop the server.
 */
public final class GitHubStandIn implements AutoCloseable {

  private static final int RATE_LIMIT = 5000;

  private final StandInState state;
  private final HttpServer server;
  private final String baseUrl;
  private final RestRoutes rest;
  private final GraphQlRoutes graphQl;
  private final AtomicInteger requests = new AtomicInteger();
  private final long rateLimitReset;

  private GitHubStandIn(DemoWorld world, Clock clock) throws IOException {
    this.state = new StandInState(world, clock);
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    this.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
    this.rest = new RestRoutes(state, baseUrl);
    this.graphQl = new GraphQlRoutes(state);
    // GitHub's primary rate limit window is an hour; the demo never comes near the limit.
    this.rateLimitReset = clock.instant().getEpochSecond() + 3600;
    server.createContext("/", this::exchange);
  }

  /** Starts a stand-in serving {@code world} on 127.0.0.1 at a free port. */
  public static GitHubStandIn start(DemoWorld world) {
    return start(world, Clock.systemUTC());
  }

  /** As {@link #start(DemoWorld)}, with {@code clock} for comment times and rate-limit headers. */
  public static GitHubStandIn start(DemoWorld world, Clock clock) {
    try {
      GitHubStandIn standIn = new GitHubStandIn(world, clock);
      standIn.server.start();
      return standIn;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the GitHub stand-in on 127.0.0.1", e);
    }
  }

  /** The API root, {@code http://127.0.0.1:<port>}; GraphQL is at {@code <baseUrl>/graphql}. */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * The settings that point the handlers' GitHub client here: {@code GITHUB_API_URL} and {@code
   * GITHUB_TOKEN}, to merge into the settings the demo gives the handlers.
   */
  public Map<String, String> environment() {
    return Map.of("GITHUB_API_URL", baseUrl, "GITHUB_TOKEN", DemoWorld.TOKEN);
  }

  /** What was changed, and which requests were not understood, in arrival order. */
  public List<RecordedMutation> mutations() {
    return state.log().entries();
  }

  /** The recorded requests the stand-in could not answer (unknown or without the token). */
  public List<RecordedMutation> unexpectedRequests() {
    return mutations().stream()
        .filter(
            mutation ->
                mutation.kind() == RecordedMutation.Kind.UNKNOWN_REQUEST
                    || mutation.kind() == RecordedMutation.Kind.UNAUTHORIZED_REQUEST)
        .toList();
  }

  /** The comments on pull request or issue {@code number}, oldest first. */
  public List<IssueComment> comments(int number) {
    return state.comments().on(number);
  }

  /** The column of the board item showing pull request or issue {@code number}. */
  public Optional<String> column(int number) {
    return state.board().entries().stream()
        .filter(entry -> entry.item().number() != null && entry.item().number() == number)
        .map(entry -> state.board().column(entry.nodeId()))
        .findFirst();
  }

  /** Adds or replaces a file on {@code branch}, as a push would. */
  public void putFile(String branch, String path, String content) {
    state.files().put(branch, path, content);
  }

  /** Removes a file from {@code branch}; returns whether it was there. */
  public boolean deleteFile(String branch, String path) {
    return state.files().delete(branch, path);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void exchange(HttpExchange exchange) throws IOException {
    try (exchange) {
      StandInRequest request =
          StandInRequest.of(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getRawPath(),
              exchange.getRequestURI().getRawQuery(),
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      StandInResponse response =
          authorized(exchange.getRequestHeaders().getFirst("Authorization"))
              ? answer(request)
              : unauthorized(request);
      send(exchange, request, response);
    }
  }

  private boolean authorized(String header) {
    return ("Bearer " + DemoWorld.TOKEN).equals(header)
        || ("token " + DemoWorld.TOKEN).equals(header);
  }

  private StandInResponse unauthorized(StandInRequest request) {
    state.log().record(RecordedMutation.Kind.UNAUTHORIZED_REQUEST, request.line(), Map.of());
    return StandInResponse.restError(401, "Bad credentials");
  }

  private StandInResponse answer(StandInRequest request) {
    boolean isGraphQl = request.path().equals("/graphql");
    Optional<StandInResponse> known = isGraphQl ? graphQl.answer(request) : rest.answer(request);
    return known.orElseGet(() -> unknown(request, isGraphQl));
  }

  /**
   * Not a request the handlers send: GitHub's 404 for a REST path, a 400 naming the operation for
   * GraphQL. Recorded, so a test or the demo's output shows it.
   */
  private StandInResponse unknown(StandInRequest request, boolean isGraphQl) {
    String target = request.line();
    StandInResponse response;
    if (isGraphQl) {
      String operation = operationName(request.body());
      target = target + " (operation " + operation + ")";
      response =
          StandInResponse.restError(
              400,
              "The kiro-worker demo's GitHub stand-in answers only the handlers' own GraphQL"
                  + " documents, not operation "
                  + operation
                  + ".");
    } else {
      response = StandInResponse.restError(404, "Not Found");
    }
    state
        .log()
        .record(
            RecordedMutation.Kind.UNKNOWN_REQUEST,
            target,
            Map.of("status", String.valueOf(response.status())));
    return response;
  }

  private static String operationName(String body) {
    try {
      return JsonMapper.shared().readTree(body).path("operationName").asText("(none)");
    } catch (IOException e) {
      return "(not JSON)";
    }
  }

  private void send(HttpExchange exchange, StandInRequest request, StandInResponse response)
      throws IOException {
    int used = requests.incrementAndGet();
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", "application/json; charset=utf-8");
    headers.set("X-GitHub-Api-Version-Selected", "2022-11-28");
    headers.set("x-ratelimit-limit", String.valueOf(RATE_LIMIT));
    headers.set("x-ratelimit-remaining", String.valueOf(Math.max(0, RATE_LIMIT - used)));
    headers.set("x-ratelimit-used", String.valueOf(used));
    headers.set("x-ratelimit-reset", String.valueOf(rateLimitReset));
    headers.set("x-ratelimit-resource", request.path().equals("/graphql") ? "graphql" : "core");
    response.headers().forEach(headers::set);
    byte[] body = response.body().toString().getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(response.status(), body.length);
    exchange.getResponseBody().write(body);
  }
}
