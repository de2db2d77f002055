package dev.kiroworker.handlers.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.kiroworker.handlers.config.ProjectConfig;
import dev.kiroworker.handlers.github.GitHubClientFactory;
import dev.kiroworker.handlers.github.GitHubSettings;
import dev.kiroworker.handlers.github.token.FixedTokenProvider;
import dev.kiroworker.handlers.github.token.GitHubToken;
import dev.kiroworker.handlers.json.JsonMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Not a test: GitHub requests and time per poll as the board grows, REST (server-side filter) and
 * GraphQL (whole board) side by side in one run, against a JDK HTTP server on loopback. Run it as
 * {@code docs/discovery.md} shows.
 */
public final class DiscoveryBenchmark {

  private static final int[] SIZES = {100, 1_000, 5_000};
  private static final int WARM_UP = 5;
  private static final int ROUNDS = 15;
  private static final ObjectMapper JSON = JsonMapper.shared();

  private DiscoveryBenchmark() {}

  public static void main(String... args) throws IOException {
    run(System.out);
  }

  static void run(PrintStream out) throws IOException {
    out.println("DiscoverWorkItem poll, one board item in 20 ready and one in 50 in progress");
    out.printf(
        "%7s | %12s %12s %10s | %12s %10s | %10s %10s%n",
        "items",
        "REST cold",
        "REST warm",
        "REST ms",
        "GraphQL req",
        "GraphQL ms",
        "req ratio",
        "time ratio");
    for (int size : SIZES) {
      FakeBoard board = new FakeBoard(size);
      HttpServer server = board.start();
      try {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Poll restCold = measure(base + "/rest", false);
        Poll restWarm = measure(base + "/rest", true);
        Poll graphQl = measure(base + "/ghes", false);
        out.printf(
            "%7d | %12d %12d %10.2f | %12d %10.2f | %9.1fx %9.1fx%n",
            size,
            restCold.requests(),
            restWarm.requests(),
            restWarm.millis(),
            graphQl.requests(),
            graphQl.millis(),
            (double) graphQl.requests() / restWarm.requests(),
            graphQl.millis() / restWarm.millis());
      } finally {
        server.stop(0);
      }
    }
  }

  /** Requests of one poll and the median time of {@value #ROUNDS} polls, after a warm-up. */
  private static Poll measure(String apiUrl, boolean warmContainer) {
    GitHubClientFactory factory =
        GitHubClientFactory.create(
            GitHubSettings.defaults(URI.create(apiUrl)),
            new FixedTokenProvider(new GitHubToken("ghp_benchmarkbenchmarkbenchmark00"), "bench"),
            Clock.systemUTC(),
            duration -> {
              throw new IllegalStateException("the benchmark server never asks for a retry");
            });
    ProjectConfig config = Boards.orgConfig(null);
    WorkItemDiscovery shared = new WorkItemDiscovery(item -> false, Clock.systemUTC());
    double[] times = new double[ROUNDS];
    int requests = 0;
    for (int round = -WARM_UP; round < ROUNDS; round++) {
      WorkItemDiscovery discovery =
          warmContainer ? shared : new WorkItemDiscovery(item -> false, Clock.systemUTC());
      long start = System.nanoTime();
      DiscoveryResult result = discovery.discover(config, factory.newClient());
      if (round >= 0) {
        times[round] = (System.nanoTime() - start) / 1e6;
        requests = result.apiCalls();
      }
      if (!result.found()) {
        throw new IllegalStateException("the benchmark board always has work");
      }
    }
    Arrays.sort(times);
    return new Poll(requests, times[ROUNDS / 2]);
  }

  private record Poll(int requests, double millis) {}

  /** A board of {@code size} items served in GitHub's REST and GraphQL shapes, pre-rendered. */
  private static final class FakeBoard {

    private static final int PAGE = 100;
    private final List<JsonNode> restItems = new ArrayList<>();
    private final List<JsonNode> graphQlNodes = new ArrayList<>();

    FakeBoard(int size) {
      for (int i = 0; i < size; i++) {
        String status = i % 20 == 7 ? "For Implementation" : i % 50 == 3 ? "In Progress" : "Done";
        Instant created = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3600L * i);
        if (!"Done".equals(status)) {
          restItems.add(restItem(i, status, created));
        }
        graphQlNodes.add(graphQlNode(i, status, created));
      }
    }

    HttpServer start() throws IOException {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext("/rest/orgs/octo-org/projectsV2/3/fields", this::fields);
      server.createContext("/rest/orgs/octo-org/projectsV2/3/items", this::items);
      server.createContext("/ghes/graphql", this::graphQl);
      server.createContext("/", exchange -> send(exchange, 404, "{\"message\":\"Not Found\"}"));
      server.start();
      return server;
    }

    private void fields(HttpExchange exchange) throws IOException {
      ArrayNode fields = JSON.createArrayNode();
      fields.addObject().put("id", 3001).put("name", "Status").put("data_type", "single_select");
      fields.addObject().put("id", 3002).put("name", "Branch").put("data_type", "text");
      send(exchange, 200, fields.toString());
    }

    private void items(HttpExchange exchange) throws IOException {
      String query = exchange.getRequestURI().getRawQuery();
      int after = 0;
      for (String pair : query.split("&")) {
        if (pair.startsWith("after=")) {
          after = Integer.parseInt(pair.substring("after=".length()));
        }
      }
      int end = Math.min(after + PAGE, restItems.size());
      if (end < restItems.size()) {
        String next =
            "http://127.0.0.1:"
                + exchange.getLocalAddress().getPort()
                + "/rest/orgs/octo-org/projectsV2/3/items?per_page=100&after="
                + end;
        exchange.getResponseHeaders().add("Link", "<" + next + ">; rel=\"next\"");
      }
      send(exchange, 200, JSON.valueToTree(restItems.subList(after, end)).toString());
    }

    private void graphQl(HttpExchange exchange) throws IOException {
      JsonNode request = JSON.readTree(exchange.getRequestBody());
      JsonNode cursor = request.path("variables").path("cursor");
      int after = cursor.isTextual() ? Integer.parseInt(cursor.asText()) : 0;
      int end = Math.min(after + PAGE, graphQlNodes.size());
      ObjectNode items = JSON.createObjectNode();
      items
          .putObject("pageInfo")
          .put("hasNextPage", end < graphQlNodes.size())
          .put("endCursor", String.valueOf(end));
      items.putArray("nodes").addAll(graphQlNodes.subList(after, end));
      ObjectNode answer = JSON.createObjectNode();
      ObjectNode project =
          answer.putObject("data").putObject("organization").putObject("projectV2");
      project.put("id", "PVT_bench").put("title", "Benchmark");
      project.set("items", items);
      send(exchange, 200, answer.toString());
    }

    private static JsonNode restItem(int i, String status, Instant created) {
      ObjectNode item = JSON.createObjectNode();
      item.put("id", i).put("node_id", "PVTI_bench" + i).put("content_type", "DraftIssue");
      item.putObject("content").put("title", "Item " + i);
      item.put("created_at", created.toString()).putNull("archived_at");
      ArrayNode fields = item.putArray("fields");
      ObjectNode name = fields.addObject().put("id", 3001).putObject("value").putObject("name");
      name.put("raw", status).put("html", status);
      fields.addObject().put("id", 3002).put("value", "feature/item-" + i);
      return item;
    }

    private static JsonNode graphQlNode(int i, String status, Instant created) {
      ObjectNode node = JSON.createObjectNode();
      node.put("id", "PVTI_bench" + i).put("isArchived", false);
      node.put("createdAt", created.toString()).put("type", "DRAFT_ISSUE");
      node.putObject("status").put("name", status);
      node.putObject("branch").put("text", "feature/item-" + i);
      node.putObject("content").put("__typename", "DraftIssue").put("title", "Item " + i);
      return node;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
      exchange.sendResponseHeaders(status, bytes.length);
      try (var out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }
}
