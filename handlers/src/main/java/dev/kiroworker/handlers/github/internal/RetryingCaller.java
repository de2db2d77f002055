package dev.kiroworker.handlers.github.internal;

import dev.kiroworker.handlers.errors.TransientException;
import dev.kiroworker.handlers.github.GitHubSettings;
import dev.kiroworker.handlers.github.Sleeper;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Runs one GitHub call under a Resilience4j {@link Retry}: a {@link RetryableFailure} is tried
 * again up to the configured attempts, after exponential backoff or the wait a rate limit asks for,
 * whichever is longer, within the call's wait budget; anything else passes straight through.
 */
public final class RetryingCaller {

  private static final double BACKOFF_MULTIPLIER = 2.0;
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

  private final GitHubSettings settings;
  private final Sleeper sleeper;
  private final IntervalFunction backoff;

  public RetryingCaller(GitHubSettings settings, Sleeper sleeper) {
    this.settings = settings;
    this.sleeper = sleeper;
    this.backoff =
        IntervalFunction.ofExponentialBackoff(
            settings.initialBackoff(), BACKOFF_MULTIPLIER, MAX_BACKOFF);
  }

  /**
   * The result of {@code attempt}, tried again while it throws {@link RetryableFailure}.
   *
   * @param idempotent whether sending the request twice does no harm; when not, only rate limits
   *     are retried, since after a 5xx or a timeout GitHub may already have applied it
   * @throws TransientException when the attempts or the wait budget run out
   */
  public <T> T call(String description, boolean idempotent, Supplier<T> attempt) {
    WaitBudget budget = new WaitBudget(settings.maxTotalWait());
    RetryConfig config =
        RetryConfig.<T>custom()
            .maxAttempts(settings.maxAttempts())
            .retryOnException(
                failure ->
                    failure instanceof RetryableFailure retryable
                        && (idempotent || retryable.isRateLimit()))
            .intervalBiFunction(
                (attempts, outcome) -> budget.waitBeforeRetry(attempts, outcome.getLeft()))
            .build();
    try {
      return Retry.decorateSupplier(Retry.of("github", config), attempt).get();
    } catch (RetryableFailure e) {
      if (!idempotent && !e.isRateLimit()) {
        throw new TransientException(
            e.getMessage()
                + ". Not sent again here, since GitHub may have applied it; the workflow retries"
                + " the step.",
            e);
      }
      throw new TransientException(
          description
              + " still failed after "
              + settings.maxAttempts()
              + " attempts: "
              + e.getMessage()
              + ". The workflow retries later.",
          e);
    }
  }

  /** The waits of one call: their running total must stay within the budget. */
  private final class WaitBudget {

    private final Duration budget;
    private Duration waited = Duration.ZERO;

    WaitBudget(Duration budget) {
      this.budget = budget;
    }

    /**
     * Waits before retry number {@code attempts} and returns 0 for Resilience4j to wait on top. Its
     * synchronous Retry sleeps through one JVM-wide static function; waiting here instead, through
     * the injected sleeper, keeps time per client and lets tests record the waits.
     */
    long waitBeforeRetry(int attempts, Throwable failure) {
      RetryableFailure retryable = (RetryableFailure) failure;
      Duration wait = max(retryable.minimumWait(), Duration.ofMillis(backoff.apply(attempts)));
      if (waited.plus(wait).compareTo(budget) > 0) {
        throw retryable.giveUp(wait, budget);
      }
      sleeper.sleep(wait);
      waited = waited.plus(wait);
      return 0L;
    }

    private static Duration max(Duration a, Duration b) {
      return a.compareTo(b) >= 0 ? a : b;
    }
  }
}
