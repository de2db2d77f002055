package dev.kiroworker.statemachine.internal;

import dev.kiroworker.statemachine.StatesErrors;
import dev.kiroworker.statemachine.internal.Model.Catcher;
import dev.kiroworker.statemachine.internal.Model.ErrorHandling;
import dev.kiroworker.statemachine.internal.Model.Retrier;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Retry and Catch decisions for one state entry. Each retrier keeps its own attempt count; the
 * first retrier whose ErrorEquals matches decides, and once it is exhausted the error goes to Catch
 * without trying later retriers (AWS behaviour).
 */
final class ErrorRecovery {

  private final ErrorHandling handling;
  private final int[] attempts;
  private final RandomGenerator random;

  ErrorRecovery(ErrorHandling handling, RandomGenerator random) {
    this.handling = handling;
    this.attempts = new int[handling.retriers().size()];
    this.random = random;
  }

  /**
   * Whether {@code errorEquals} matches {@code error}. {@code States.ALL} matches everything but
   * {@code States.Runtime}; {@code States.TaskFailed} everything but runtime and timeout errors;
   * {@code States.Timeout} also matches {@code States.HeartbeatTimeout}.
   */
  static boolean matches(List<String> errorEquals, String error) {
    if (StatesErrors.RUNTIME.equals(error)) {
      return false;
    }
    if (error == null) {
      // A Fail state without an Error field: only the wildcard can match a nameless error.
      return errorEquals.contains(StatesErrors.ALL);
    }
    boolean timeout =
        StatesErrors.TIMEOUT.equals(error) || StatesErrors.HEARTBEAT_TIMEOUT.equals(error);
    for (String name : errorEquals) {
      if (name.equals(error)
          || StatesErrors.ALL.equals(name)
          || (StatesErrors.TASK_FAILED.equals(name) && !timeout)
          || (StatesErrors.TIMEOUT.equals(name) && timeout)) {
        return true;
      }
    }
    return false;
  }

  /** The delay before the next attempt, or empty when no retrier takes this error. */
  Optional<Duration> retryDelay(String error) {
    List<Retrier> retriers = handling.retriers();
    for (int i = 0; i < retriers.size(); i++) {
      Retrier retrier = retriers.get(i);
      if (matches(retrier.errorEquals(), error)) {
        if (attempts[i] >= retrier.maxAttempts()) {
          return Optional.empty();
        }
        Duration delay = delay(retrier, attempts[i]);
        attempts[i]++;
        return Optional.of(delay);
      }
    }
    return Optional.empty();
  }

  /** The first catcher that takes this error. */
  Optional<Catcher> catcher(String error) {
    return handling.catchers().stream().filter(c -> matches(c.errorEquals(), error)).findFirst();
  }

  private Duration delay(Retrier retrier, int attempt) {
    double seconds =
        retrier.interval().toMillis() / 1000.0 * Math.pow(retrier.backoffRate(), attempt);
    if (retrier.maxDelay() != null) {
      seconds = Math.min(seconds, retrier.maxDelay().toMillis() / 1000.0);
    }
    if (retrier.fullJitter()) {
      // FULL jitter: a random delay between zero and the computed one.
      seconds = random.nextDouble() * seconds;
    }
    return Duration.ofMillis(Math.round(seconds * 1000));
  }
}
