package dev.kiroworker.handlers.github.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.handlers.errors.PermanentException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiAddressTest {

  private final ApiAddress github = new ApiAddress(URI.create("https://api.github.com"));
  private final ApiAddress enterprise =
      new ApiAddress(URI.create("https://ghe.example.com/api/v3"));

  @Test
  void resolve_pathAndQuery_underTheRoot() {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("per_page", "100");
    query.put("q", "is:pr label:\"kiro worker\"");

    URI url = enterprise.resolve("/repos/octo-org/app/pulls", query);

    assertThat(url)
        .hasToString(
            "https://ghe.example.com/api/v3/repos/octo-org/app/pulls?per_page=100&q=is%3Apr%20label%3A%22kiro%20worker%22");
    assertThat(enterprise.describe(url)).isEqualTo("/repos/octo-org/app/pulls");
  }

  @Test
  void resolve_nextPageUrl_onTheSameOrigin_keepsItsQuery() {
    URI url =
        github.resolve(
            "https://api.github.com/repositories/1/issues/2/comments?page=2", Map.of("x", "1"));

    assertThat(url)
        .hasToString("https://api.github.com/repositories/1/issues/2/comments?page=2&x=1");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://api.github.com.evil.example/repos",
        "http://api.github.com/repos",
        "https://api.github.com:444/repos",
        "https://user@api.github.com/repos",
        "https://ghe.example.com/api/v30/repos",
        "https://ghe.example.com/repos"
      })
  void resolve_urlOutsideTheRoot_isRefused(String url) {
    ApiAddress address = url.contains("ghe.") ? enterprise : github;

    assertThatThrownBy(() -> address.resolve(url, Map.of()))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("Refusing to send the GitHub token to")
        .message()
        .doesNotContain("user@");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "repos/o/r",
        "/repos/o/r?page=2",
        "/repos/o/r#x",
        "/repos/o r",
        "/repos/../user",
        "/repos/..",
        "/a\\b"
      })
  void resolve_malformedPath_isAProgrammingError(String path) {
    assertThatThrownBy(() -> github.resolve(path, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not an API path");
  }

  @Test
  void describe_theRootItself_isASlash() {
    assertThat(enterprise.describe(URI.create("https://ghe.example.com/api/v3"))).isEqualTo("/");
    assertThat(enterprise.describe(URI.create("https://ghe.example.com/other")))
        .isEqualTo("/other");
  }
}
