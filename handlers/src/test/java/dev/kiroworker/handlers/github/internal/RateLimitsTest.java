package dev.kiroworker.handlers.github.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitsTest {

  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
  private final RateLimits rateLimits = new RateLimits(Clock.fixed(NOW, ZoneOffset.UTC));

  private static HttpHeaders headers(String... namesAndValues) {
    Map<String, List<String>> map = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
    }
    return HttpHeaders.of(map, (name, value) -> true);
  }

  @Test
  void retryAfter_comesFirst_evenWhenTheQuotaIsAlsoSpent() {
    var failure =
        rateLimits.ofHttpAnswer(
            "GET /x",
            403,
            headers(
                "retry-after",
                "7",
                "x-ratelimit-remaining",
                "0",
                "x-ratelimit-reset",
                "1795690800"),
            "You have exceeded a secondary rate limit.");

    assertThat(failure)
        .hasValueSatisfying(f -> assertThat(f.minimumWait()).isEqualTo(Duration.ofSeconds(7)));
  }

  @Test
  void negativeRetryAfter_meansNoExtraWait() {
    var failure = rateLimits.ofHttpAnswer("GET /x", 429, headers("retry-after", "-3"), "");

    assertThat(failure).hasValueSatisfying(f -> assertThat(f.minimumWait()).isZero());
  }

  @Test
  void spentQuotaWithoutReset_waitsAMinute() {
    var failure = rateLimits.ofHttpAnswer("GET /x", 403, headers("x-ratelimit-remaining", "0"), "");

    assertThat(failure)
        .hasValueSatisfying(f -> assertThat(f.minimumWait()).isEqualTo(Duration.ofSeconds(60)));
  }

  @Test
  void forbiddenWithQuotaLeftAndNoRateLimitMessage_isNotARateLimit() {
    assertThat(
            rateLimits.ofHttpAnswer(
                "GET /x",
                403,
                headers("x-ratelimit-remaining", "4999"),
                "Must have admin rights to Repository."))
        .isEmpty();
  }

  @Test
  void abuseDetectionMessage_isARateLimit() {
    assertThat(
            rateLimits.ofHttpAnswer(
                "POST /x", 403, headers(), "You have triggered an abuse detection mechanism."))
        .isPresent();
  }

  @Test
  void otherStatuses_areNeverRateLimits() {
    assertThat(rateLimits.ofHttpAnswer("GET /x", 400, headers("retry-after", "5"), "rate limit"))
        .isEmpty();
  }
}
