package dev.kiroworker.handlers.github.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkHeaderTest {

  private static HttpHeaders link(String... values) {
    return HttpHeaders.of(Map.of("Link", List.of(values)), (name, value) -> true);
  }

  @Test
  void next_amongOtherRelations_isFound() {
    HttpHeaders headers =
        link(
            "<https://api.github.com/repositories/1300192/issues?page=2>; rel=\"prev\","
                + " <https://api.github.com/repositories/1300192/issues?page=4>; rel=\"next\","
                + " <https://api.github.com/repositories/1300192/issues?page=515>; rel=\"last\","
                + " <https://api.github.com/repositories/1300192/issues?page=1>; rel=\"first\"");

    assertThat(LinkHeader.next(headers))
        .hasValue(URI.create("https://api.github.com/repositories/1300192/issues?page=4"));
  }

  @Test
  void next_onTheLastPage_isAbsent() {
    assertThat(LinkHeader.next(link("<https://api.github.com/x?page=1>; rel=\"first\""))).isEmpty();
    assertThat(LinkHeader.next(HttpHeaders.of(Map.of(), (name, value) -> true))).isEmpty();
  }

  @Test
  void next_amongSeveralRelationNames_isFound() {
    assertThat(LinkHeader.next(link("<https://api.github.com/x?page=2>; rel=\"next last\"")))
        .hasValue(URI.create("https://api.github.com/x?page=2"));
  }
}
