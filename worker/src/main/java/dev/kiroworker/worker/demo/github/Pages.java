package dev.kiroworker.worker.demo.github;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * REST pagination as GitHub does it: {@code per_page} (default 30, at most 100), a {@code page}
 * number or an opaque {@code after} cursor, and a {@code Link: <...>; rel="next"} header carrying
 * the request's other parameters.
 */
final class Pages {

  private Pages() {}

  /** One page of {@code all} and, when more follow, the {@code Link} header to the next one. */
  record Page<T>(List<T> elements, Optional<String> link) {}

  /** Pages numbered from 1 ({@code ?page=2}), as the issue comments endpoint uses. */
  static <T> Page<T> numbered(List<T> all, StandInRequest request, String baseUrl) {
    int size = perPage(request);
    int page = Math.max(1, request.intParameter("page", 1));
    int from = Math.min(all.size(), (page - 1) * size);
    int to = Math.min(all.size(), from + size);
    return new Page<>(
        all.subList(from, to),
        to < all.size()
            ? Optional.of(link(request, baseUrl, "page", String.valueOf(page + 1)))
            : Optional.empty());
  }

  /** Pages behind a cursor ({@code ?after=Mg}), as the project items endpoint uses. */
  static <T> Page<T> cursored(List<T> all, StandInRequest request, String baseUrl) {
    int size = perPage(request);
    int from = Math.min(all.size(), offset(request.query().get("after")));
    int to = Math.min(all.size(), from + size);
    return new Page<>(
        all.subList(from, to),
        to < all.size()
            ? Optional.of(link(request, baseUrl, "after", cursor(to)))
            : Optional.empty());
  }

  /** An opaque cursor for an offset: Base64 of the number, as GitHub's short cursors look. */
  static String cursor(int offset) {
    return Base64.getEncoder()
        .withoutPadding()
        .encodeToString(String.valueOf(offset).getBytes(StandardCharsets.UTF_8));
  }

  /** The offset of a cursor; 0 for none or one this stand-in did not hand out. */
  static int offset(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return 0;
    }
    try {
      return Integer.parseInt(
          new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return 0;
    }
  }

  private static int perPage(StandInRequest request) {
    return Math.clamp(request.intParameter("per_page", 30), 1, 100);
  }

  private static String link(StandInRequest request, String baseUrl, String name, String value) {
    Map<String, String> query = new LinkedHashMap<>(request.query());
    query.put(name, value);
    String encoded =
        query.entrySet().stream()
            .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
            .collect(Collectors.joining("&"));
    return "<" + baseUrl + request.path() + "?" + encoded + ">; rel=\"next\"";
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
