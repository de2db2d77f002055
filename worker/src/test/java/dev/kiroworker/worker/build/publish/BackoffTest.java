package dev.kiroworker.worker.build.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final Backoff backoff = Backoff.defaults();

  @Test
  void delay_atTheJittersMidpoint_doublesFromTwoSeconds() {
    assertThat(backoff.delay(1, 0.5)).isEqualTo(Duration.ofSeconds(2));
    assertThat(backoff.delay(2, 0.5)).isEqualTo(Duration.ofSeconds(4));
    assertThat(backoff.delay(3, 0.5)).isEqualTo(Duration.ofSeconds(8));
  }

  @Test
  void delay_staysWithinAQuarterEitherWay() {
    assertThat(backoff.delay(2, 0.0)).isEqualTo(Duration.ofSeconds(3));
    assertThat(backoff.delay(2, 0.999)).isBetween(Duration.ofMillis(4990), Duration.ofSeconds(5));
  }

  @Test
  void delay_isCappedForLateRetries() {
    assertThat(backoff.delay(40, 0.999)).isEqualTo(Backoff.MAX_WAIT);
  }

  @Test
  void delay_withZeroBase_neverWaits() {
    assertThat(new Backoff(Duration.ZERO, 0.25).delay(3, 0.9)).isZero();
  }

  @Test
  void invalidValues_areRefusedWithTheValue() {
    assertThatThrownBy(() -> backoff.delay(0, 0.5)).hasMessageContaining("was 0");
    assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(-1), 0.25))
        .hasMessageContaining("PT-1S");
    assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), 1.5)).hasMessageContaining("1.5");
    assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Double.NaN))
        .hasMessageContaining("NaN");
  }
}
