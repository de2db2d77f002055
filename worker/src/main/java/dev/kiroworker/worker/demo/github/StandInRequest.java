package dev.kiroworker.worker.demo.github;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request as the routes see it: method, path, decoded query parameters and body text.
 *
 * @param query the decoded query parameters, in the order sent
 */
record StandInRequest(String method, String path, Map<String, String> query, String body) {

  static StandInRequest of(String method, String path, String rawQuery, String body) {
    Map<String, String> query = new LinkedHashMap<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        int equals = pair.indexOf('=');
        String name = equals < 0 ? pair : pair.substring(0, equals);
        String value = equals < 0 ? "" : pair.substring(equals + 1);
        query.put(decode(name), decode(value));
      }
    }
    return new StandInRequest(method, path, query, body);
  }

  /** {@code GET /path}, for messages and the mutation log. */
  String line() {
    return method + " " + path;
  }

  int intParameter(String name, int fallback) {
    try {
      return Integer.parseInt(query.getOrDefault(name, String.valueOf(fallback)));
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
