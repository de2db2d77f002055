package dev.kiroworker.handlers.github.token;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;

/**
 * Reuses a token for a while, so a warm Lambda container does not read Secrets Manager on every
 * request; a rotated secret is picked up within the time to live, or at once after a 401.
 */
public final class CachedTokenProvider implements TokenProvider {

  private final TokenProvider delegate;
  private final InstantSource clock;
  private final Duration timeToLive;
  private GitHubToken cached;
  private Instant expiresAt = Instant.MIN;

  public CachedTokenProvider(TokenProvider delegate, InstantSource clock, Duration timeToLive) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (timeToLive == null || timeToLive.isNegative() || timeToLive.isZero()) {
      throw new IllegalArgumentException("timeToLive must be more than zero, was " + timeToLive);
    }
    this.timeToLive = timeToLive;
  }

  @Override
  public synchronized GitHubToken token() {
    Instant now = clock.instant();
    if (cached == null || !now.isBefore(expiresAt)) {
      cached = delegate.token();
      expiresAt = now.plus(timeToLive);
    }
    return cached;
  }

  @Override
  public String source() {
    return delegate.source();
  }

  @Override
  public synchronized void invalidate() {
    cached = null;
    delegate.invalidate();
  }

  @Override
  public String toString() {
    return "CachedTokenProvider[" + delegate + ", ttl " + timeToLive + "]";
  }
}
