package dev.kiroworker.worker.local.aws;

import com.sun.net.httpserver.HttpExchange;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A path-style S3 request: {@code /bucket} or {@code /bucket/key}, and its query parameters.
 *
 * @param key the object key, empty for a bucket request
 */
record S3Request(String method, String bucket, String key, Map<String, String> query) {

  static S3Request of(HttpExchange exchange) {
    String path = exchange.getRequestURI().getRawPath();
    String rest = path.startsWith("/") ? path.substring(1) : path;
    int slash = rest.indexOf('/');
    String bucket = slash < 0 ? rest : rest.substring(0, slash);
    String key = slash < 0 ? "" : rest.substring(slash + 1);
    return new S3Request(
        exchange.getRequestMethod(),
        pathDecode(bucket),
        pathDecode(key),
        query(exchange.getRequestURI().getRawQuery()));
  }

  boolean isObject() {
    return !key.isEmpty();
  }

  /** A path keeps '+' literal; only percent escapes are decoded. */
  private static String pathDecode(String raw) {
    return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return parameters;
    }
    for (String pair : raw.split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      parameters.put(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return parameters;
  }
}
