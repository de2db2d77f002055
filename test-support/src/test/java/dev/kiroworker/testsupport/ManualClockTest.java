package dev.kiroworker.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ManualClockTest {

  @Test
  void movesOnlyWhenAdvanced() {
    var clock = new ManualClock(Instant.parse("2026-11-26T10:00:00Z"));

    Instant before = clock.instant();
    clock.advance(Duration.ofMinutes(5));

    assertThat(before).isEqualTo(Instant.parse("2026-11-26T10:00:00Z"));
    assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-26T10:05:00Z"));
    assertThat(clock.epochSeconds()).isEqualTo(clock.instant().getEpochSecond());
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    assertThatThrownBy(() -> clock.withZone(ZoneId.of("Europe/Paris")))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
