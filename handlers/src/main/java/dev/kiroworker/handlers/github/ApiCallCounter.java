package dev.kiroworker.handlers.github;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the HTTP requests one invocation sends to GitHub, retries and redirects included, since
 * each of them costs rate limit. Handlers report the count as {@code apiCalls}.
 */
public final class ApiCallCounter {

  private final AtomicInteger count = new AtomicInteger();

  /** Records one request sent. */
  public void increment() {
    count.incrementAndGet();
  }

  /** The requests sent so far. */
  public int count() {
    return count.get();
  }

  @Override
  public String toString() {
    return "ApiCallCounter[" + count() + "]";
  }
}
