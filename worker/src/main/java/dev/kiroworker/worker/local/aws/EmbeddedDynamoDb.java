package dev.kiroworker.worker.local.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.kiroworker.handlers.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * An in-memory DynamoDB on a loopback port, speaking the JSON 1.0 protocol ({@code X-Amz-Target:
 * DynamoDB_20120810.<Operation>}) for the operations kiro-worker's lock makes: CreateTable,
 * DescribeTable, PutItem, GetItem, DeleteItem and BatchGetItem, with condition expressions.
 * Anything else is refused with an AWS-shaped error naming it. Requests are not authenticated.
 */
public final class EmbeddedDynamoDb implements AutoCloseable {

  private static final String TARGET_PREFIX = "DynamoDB_20120810.";
  private static final String CONTENT_TYPE = "application/x-amz-json-1.0";

  private final DynamoDbTables tables = new DynamoDbTables(Clock.systemUTC());
  private final LoopbackServer server;

  private EmbeddedDynamoDb() {
    this.server = LoopbackServer.start("DynamoDB", this::serve);
  }

  /** Starts an empty DynamoDB on 127.0.0.1 and a free port. */
  public static EmbeddedDynamoDb start() {
    return new EmbeddedDynamoDb();
  }

  /** Where to point a client: {@code http://127.0.0.1:<port>}. */
  public URI endpoint() {
    return server.endpoint();
  }

  /** Stops serving; the tables are gone. */
  @Override
  public void close() {
    server.close();
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      ObjectNode body;
      int status;
      try {
        body = tables.apply(operation(exchange), request(exchange.getRequestBody()));
        status = 200;
      } catch (DynamoDbError error) {
        body = JsonMapper.shared().createObjectNode();
        body.put("__type", error.type());
        body.put("message", error.getMessage());
        status = 400;
      }
      byte[] bytes = JsonMapper.shared().writeValueAsBytes(body);
      exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
      exchange.getResponseHeaders().set("x-amzn-RequestId", "embedded");
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
    }
  }

  private static String operation(HttpExchange exchange) {
    String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
    if (!"POST".equals(exchange.getRequestMethod())
        || target == null
        || !target.startsWith(TARGET_PREFIX)) {
      throw DynamoDbError.unknownOperation(
          exchange.getRequestMethod() + " with X-Amz-Target " + target);
    }
    return target.substring(TARGET_PREFIX.length());
  }

  private static JsonNode request(InputStream body) throws IOException {
    String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
    try {
      return JsonMapper.shared().readTree(text.isBlank() ? "{}" : text);
    } catch (JsonProcessingException e) {
      throw DynamoDbError.serialization(e.getOriginalMessage());
    }
  }
}
