package dev.kiroworker.worker.local.aws;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * An in-memory S3 on a loopback port, addressed path-style ({@code /bucket/key}), for the calls
 * kiro-worker makes: CreateBucket, PutObject, GetObject (with {@code Range}), HeadObject and
 * ListObjectsV2 (prefix, max-keys, continuation token, start-after). Anything else is refused with
 * S3's {@code NotImplemented} error naming it. Requests are not authenticated.
 *
 * <p>Bodies must be plain: a client must turn off aws-chunked uploads ({@code
 * chunkedEncodingEnabled(false)}, checksums only when required), as {@link EmbeddedAws}'s clients
 * do; an aws-chunked body is refused rather than stored with its framing.
 */
public final class EmbeddedS3 implements AutoCloseable {

  private final S3Buckets buckets = new S3Buckets(Clock.systemUTC());
  private final S3ObjectRequests requests = new S3ObjectRequests(buckets);
  private final LoopbackServer server;

  private EmbeddedS3() {
    this.server = LoopbackServer.start("S3", this::serve);
  }

  /** Starts an empty S3 on 127.0.0.1 and a free port. */
  public static EmbeddedS3 start() {
    return new EmbeddedS3();
  }

  /** Where to point a path-style client: {@code http://127.0.0.1:<port>}. */
  public URI endpoint() {
    return server.endpoint();
  }

  /** Stops serving; the buckets are gone. */
  @Override
  public void close() {
    server.close();
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      try {
        requests.serve(S3Request.of(exchange), exchange);
      } catch (S3Error error) {
        exchange.getRequestBody().readAllBytes();
        sendError(exchange, error);
      }
    }
  }

  private static void sendError(HttpExchange exchange, S3Error error) throws IOException {
    if ("HEAD".equals(exchange.getRequestMethod())) {
      // A HEAD answer has no body; the SDK reads the status alone (404 is NoSuchKey).
      exchange.sendResponseHeaders(error.status(), -1);
      return;
    }
    byte[] body = S3Xml.error(error).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/xml");
    exchange.sendResponseHeaders(error.status(), body.length);
    exchange.getResponseBody().write(body);
  }

  /** S3's Last-Modified header format (RFC 1123). */
  static String httpDate(Instant instant) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
  }

  static void sendBytes(HttpExchange exchange, int status, byte[] body, String contentType)
      throws IOException {
    Headers headers = exchange.getResponseHeaders();
    headers.set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    exchange.getResponseBody().write(body);
  }

  static byte[] slice(byte[] content, ByteRange range) {
    return Arrays.copyOfRange(content, (int) range.first(), (int) range.last() + 1);
  }
}
