package dev.kiroworker.handlers.github.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachedTokenProviderTest {

  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

  /** Hands out token-1, token-2, ...: one per read, so the test sees when it is read. */
  private static final class CountingProvider implements TokenProvider {
    final AtomicInteger reads = new AtomicInteger();
    int invalidations;

    @Override
    public GitHubToken token() {
      return new GitHubToken("token-" + reads.incrementAndGet());
    }

    @Override
    public String source() {
      return "the counting source";
    }

    @Override
    public void invalidate() {
      invalidations++;
    }
  }

  private final CountingProvider source = new CountingProvider();
  private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

  private CachedTokenProvider cache() {
    return new CachedTokenProvider(source, () -> clock.instant(), Duration.ofMinutes(15));
  }

  @Test
  void token_withinTheTimeToLive_isReadOnce() {
    CachedTokenProvider cache = cache();

    GitHubToken first = cache.token();
    clock = Clock.offset(clock, Duration.ofMinutes(14));

    assertThat(cache.token()).isEqualTo(first);
    assertThat(source.reads).hasValue(1);
  }

  @Test
  void token_afterTheTimeToLive_isReadAgain() {
    CachedTokenProvider cache = cache();
    cache.token();
    clock = Clock.offset(clock, Duration.ofMinutes(15));

    assertThat(cache.token().value()).isEqualTo("token-2");
  }

  @Test
  void invalidate_forgetsTheTokenAndTellsTheSource() {
    CachedTokenProvider cache = cache();
    cache.token();

    cache.invalidate();

    assertThat(cache.token().value()).isEqualTo("token-2");
    assertThat(source.invalidations).isEqualTo(1);
  }

  @Test
  void sourceAndToString_comeFromTheDelegateWithoutTheToken() {
    CachedTokenProvider cache = cache();
    cache.token();

    assertThat(cache.source()).isEqualTo("the counting source");
    assertThat(cache.toString()).doesNotContain("token-1").contains("PT15M");
  }

  @Test
  void timeToLive_mustBePositive() {
    assertThatThrownBy(() -> new CachedTokenProvider(source, clock, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PT0S");
    assertThatThrownBy(() -> new CachedTokenProvider(source, clock, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CachedTokenProvider(source, clock, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
