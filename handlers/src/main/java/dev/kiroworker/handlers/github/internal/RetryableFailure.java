package dev.kiroworker.handlers.github.internal;

import dev.kiroworker.handlers.errors.TransientException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One attempt failed in a way another attempt may fix. Never leaves the client: the retry either
 * succeeds or turns it into a {@link TransientException}.
 */
public final class RetryableFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** GitHub's advice for a secondary rate limit without a {@code retry-after} header. */
  static final Duration SECONDARY_RATE_LIMIT_WAIT = Duration.ofSeconds(60);

  private final Duration minimumWait;
  private final Instant resumeAt;
  private final boolean rateLimit;

  private RetryableFailure(
      String message, Duration minimumWait, Instant resumeAt, boolean rateLimit, Throwable cause) {
    // No stack trace: the failure is expected and its cause, if any, carries the interesting one.
    super(message, cause, false, false);
    this.minimumWait = Objects.requireNonNull(minimumWait, "minimumWait");
    this.resumeAt = resumeAt;
    this.rateLimit = rateLimit;
  }

  /** A 5xx answer, a network error or a timeout: back off and try again. */
  public static RetryableFailure unavailable(String message, Throwable cause) {
    return new RetryableFailure(message, Duration.ZERO, null, false, cause);
  }

  /** A rate limit: wait at least {@code wait}; GitHub lifts it at {@code resumeAt}, if known. */
  public static RetryableFailure rateLimited(String message, Duration wait, Instant resumeAt) {
    return new RetryableFailure(message, wait, resumeAt, true, null);
  }

  /**
   * Whether GitHub turned the request away unprocessed (a rate limit), so that even a request that
   * is not idempotent may be sent again.
   */
  public boolean isRateLimit() {
    return rateLimit;
  }

  /** The shortest wait before the next attempt; zero when only the backoff applies. */
  public Duration minimumWait() {
    return minimumWait;
  }

  /**
   * The failure to report when waiting {@code wait} more would break {@code budget}: a rate limit
   * says when it lifts, so the workflow's next try can come after it.
   */
  public TransientException giveUp(Duration wait, Duration budget) {
    String limit =
        " (the most one GitHub call may wait is "
            + budget.toSeconds()
            + " s; see GITHUB_MAX_RETRY_WAIT_SECONDS). The workflow retries later.";
    if (resumeAt != null) {
      return new TransientException(
          getMessage()
              + "; GitHub lifts the limit at "
              + resumeAt
              + ", in "
              + wait.toSeconds()
              + " s"
              + limit,
          this);
    }
    return new TransientException(
        getMessage() + "; the next try would have to wait " + wait.toSeconds() + " s" + limit,
        this);
  }
}
