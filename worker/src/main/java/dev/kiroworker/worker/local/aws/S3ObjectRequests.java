package dev.kiroworker.worker.local.aws;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Routes a path-style request to the S3 operation it is, and answers it the way S3 does. */
final class S3ObjectRequests {

  private static final Set<String> LIST_PARAMETERS =
      Set.of(
          "list-type", "prefix", "continuation-token", "start-after", "max-keys", "encoding-type");
  private static final int MAX_KEYS = 1000;

  private final S3Buckets buckets;

  S3ObjectRequests(S3Buckets buckets) {
    this.buckets = buckets;
  }

  void serve(S3Request request, HttpExchange exchange) throws IOException {
    if (request.bucket().isEmpty()) {
      throw S3Error.notImplemented(request.method() + " / (ListBuckets)");
    }
    String operation = operation(request);
    switch (operation) {
      case "CreateBucket" -> createBucket(request, exchange);
      case "PutObject" -> putObject(request, exchange);
      case "GetObject" -> getObject(request, exchange, true);
      case "HeadObject" -> getObject(request, exchange, false);
      case "ListObjectsV2" -> listObjects(request, exchange);
      default -> throw S3Error.notImplemented(operation);
    }
  }

  /** The operation's name; requests with sub-resources (?acl, ?uploads, ...) name those too. */
  private static String operation(S3Request request) {
    String method = request.method();
    if (request.isObject()) {
      String name =
          switch (method) {
            case "PUT" -> "PutObject";
            case "GET" -> "GetObject";
            case "HEAD" -> "HeadObject";
            case "DELETE" -> "DeleteObject";
            default -> method + " on an object";
          };
      return request.query().isEmpty() ? name : name + " with ?" + request.query().keySet();
    }
    if (method.equals("PUT") && request.query().isEmpty()) {
      return "CreateBucket";
    }
    if (method.equals("GET")
        && "2".equals(request.query().get("list-type"))
        && LIST_PARAMETERS.containsAll(request.query().keySet())) {
      return "ListObjectsV2";
    }
    if (method.equals("GET") && !request.query().containsKey("list-type")) {
      return "ListObjects (version 1) or a bucket sub-resource " + request.query().keySet();
    }
    return method + " on a bucket with ?" + request.query().keySet();
  }

  private void createBucket(S3Request request, HttpExchange exchange) throws IOException {
    exchange.getRequestBody().readAllBytes();
    buckets.create(request.bucket());
    exchange.getResponseHeaders().set("Location", "/" + request.bucket());
    exchange.sendResponseHeaders(200, -1);
  }

  private void putObject(S3Request request, HttpExchange exchange) throws IOException {
    Headers headers = exchange.getRequestHeaders();
    if (headers.containsKey("x-amz-copy-source")) {
      throw S3Error.notImplemented("CopyObject");
    }
    String encoding = String.join(",", headers.getOrDefault("Content-Encoding", List.of()));
    String sha = headers.getFirst("x-amz-content-sha256");
    if (encoding.toLowerCase(Locale.ROOT).contains("aws-chunked")
        || (sha != null && sha.startsWith("STREAMING-"))) {
      // Stored as sent, the chunk framing would become part of the object: refuse instead.
      throw S3Error.notImplemented(
          "aws-chunked uploads; build the client with"
              + " S3Configuration.chunkedEncodingEnabled(false) and"
              + " RequestChecksumCalculation.WHEN_REQUIRED");
    }
    byte[] body = exchange.getRequestBody().readAllBytes();
    StoredObject stored =
        buckets.put(request.bucket(), request.key(), body, headers.getFirst("Content-Type"));
    exchange.getResponseHeaders().set("ETag", stored.etag());
    exchange.sendResponseHeaders(200, -1);
  }

  private void getObject(S3Request request, HttpExchange exchange, boolean withBody)
      throws IOException {
    exchange.getRequestBody().readAllBytes();
    StoredObject object = buckets.get(request.bucket(), request.key());
    Headers response = exchange.getResponseHeaders();
    response.set("ETag", object.etag());
    response.set("Last-Modified", EmbeddedS3.httpDate(object.lastModified()));
    response.set("Accept-Ranges", "bytes");
    String rangeHeader = exchange.getRequestHeaders().getFirst("Range");
    if (!withBody) {
      response.set("Content-Type", object.contentType());
      response.set("Content-Length", String.valueOf(object.size()));
      exchange.sendResponseHeaders(200, -1);
      return;
    }
    if (rangeHeader == null) {
      EmbeddedS3.sendBytes(exchange, 200, object.content(), object.contentType());
      return;
    }
    ByteRange range = ByteRange.parse(rangeHeader, object.size());
    response.set("Content-Range", range.contentRange(object.size()));
    EmbeddedS3.sendBytes(
        exchange, 206, EmbeddedS3.slice(object.content(), range), object.contentType());
  }

  private void listObjects(S3Request request, HttpExchange exchange) throws IOException {
    exchange.getRequestBody().readAllBytes();
    var query = request.query();
    String token = query.get("continuation-token");
    String startAfter = query.get("start-after");
    String after = token != null ? decodeToken(token) : startAfter;
    int maxKeys = maxKeys(query.get("max-keys"));
    String encoding = query.get("encoding-type");
    if (encoding != null && !encoding.equals("url")) {
      throw S3Error.invalidArgument("Invalid Encoding Method specified in Request");
    }
    var listRequest =
        new S3Xml.ListRequest(
            request.bucket(),
            query.getOrDefault("prefix", ""),
            token,
            startAfter,
            maxKeys,
            encoding != null);
    S3Buckets.ListingPage page =
        buckets.list(request.bucket(), listRequest.prefix(), after, maxKeys);
    String next = page.truncated() ? encodeToken(page.objects().getLast().getKey()) : null;
    byte[] body = S3Xml.listing(listRequest, page, next).getBytes(StandardCharsets.UTF_8);
    EmbeddedS3.sendBytes(exchange, 200, body, "application/xml");
  }

  private static int maxKeys(String text) {
    if (text == null) {
      return MAX_KEYS;
    }
    try {
      int value = Integer.parseInt(text);
      if (value < 0) {
        throw S3Error.invalidArgument("max-keys must not be negative: " + text);
      }
      return Math.min(value, MAX_KEYS);
    } catch (NumberFormatException e) {
      throw S3Error.invalidArgument("Provided max-keys not an integer or within integer range");
    }
  }

  /** The token is the last key of the page, opaque to clients as S3's own tokens are. */
  private static String encodeToken(String lastKey) {
    return Base64.getUrlEncoder().encodeToString(lastKey.getBytes(StandardCharsets.UTF_8));
  }

  private static String decodeToken(String token) {
    try {
      return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw S3Error.invalidArgument("The continuation token provided is incorrect");
    }
  }
}
