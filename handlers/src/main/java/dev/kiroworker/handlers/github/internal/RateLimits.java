package dev.kiroworker.handlers.github.internal;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Reads GitHub's rate-limit signals and turns them into a wait, as GitHub's REST docs ask: {@code
 * retry-after} seconds first; else, when {@code x-ratelimit-remaining} is 0, until {@code
 * x-ratelimit-reset}; else (a secondary limit named only in the message) at least a minute.
 */
public final class RateLimits {

  static final String RETRY_AFTER = "retry-after";
  static final String REMAINING = "x-ratelimit-remaining";
  static final String RESET = "x-ratelimit-reset";

  /*
   * x-ratelimit-reset is whole epoch seconds on GitHub's clock; one more second keeps a slightly
   * fast local clock from retrying a moment too early and spending an attempt.
   */
  private static final Duration CLOCK_MARGIN = Duration.ofSeconds(1);
  private static final Pattern RATE_LIMIT_MESSAGE =
      Pattern.compile("(?i)rate limit|abuse detection");

  private final Clock clock;

  public RateLimits(Clock clock) {
    this.clock = clock;
  }

  /**
   * The rate limit a 403 or 429 answer reports, if it is one; a 403 that is not one is a
   * permissions problem.
   */
  public Optional<RetryableFailure> ofHttpAnswer(
      String request, int status, HttpHeaders headers, String message) {
    boolean signalled =
        headers.firstValue(RETRY_AFTER).isPresent()
            || isExhausted(headers)
            || status == 429
            || RATE_LIMIT_MESSAGE.matcher(message).find();
    if ((status != 403 && status != 429) || !signalled) {
      return Optional.empty();
    }
    return Optional.of(
        failure(request + " hit a GitHub rate limit (" + status + " " + message + ")", headers));
  }

  /** The wait for a GraphQL answer whose errors include {@code RATE_LIMITED}. */
  public RetryableFailure ofGraphQlError(String request, HttpHeaders headers, String message) {
    return failure(request + " hit GitHub's GraphQL rate limit (" + message + ")", headers);
  }

  private RetryableFailure failure(String message, HttpHeaders headers) {
    Instant now = clock.instant();
    OptionalLong retryAfter = number(headers, RETRY_AFTER);
    if (retryAfter.isPresent()) {
      Duration wait = Duration.ofSeconds(Math.max(0, retryAfter.getAsLong()));
      return RetryableFailure.rateLimited(message, wait, now.plus(wait));
    }
    OptionalLong reset = number(headers, RESET);
    if (isExhausted(headers) && reset.isPresent()) {
      Instant resetAt = Instant.ofEpochSecond(reset.getAsLong());
      Duration untilReset = Duration.between(now, resetAt);
      Duration wait = (untilReset.isNegative() ? Duration.ZERO : untilReset).plus(CLOCK_MARGIN);
      return RetryableFailure.rateLimited(message, wait, resetAt);
    }
    return RetryableFailure.rateLimited(message, RetryableFailure.SECONDARY_RATE_LIMIT_WAIT, null);
  }

  private static boolean isExhausted(HttpHeaders headers) {
    return headers.firstValue(REMAINING).map(String::strip).filter("0"::equals).isPresent();
  }

  private static OptionalLong number(HttpHeaders headers, String name) {
    Optional<String> value = headers.firstValue(name);
    if (value.isEmpty()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(value.get().strip()));
    } catch (NumberFormatException e) {
      // GitHub sends whole seconds; anything else is treated as absent and the default wait
      // applies.
      return OptionalLong.empty();
    }
  }
}
