package dev.kiroworker.handlers.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.handlers.errors.TransientException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SleeperTest {

  @Test
  void system_sleepsForTheDuration() {
    long start = System.nanoTime();

    Sleeper.system().sleep(Duration.ofMillis(5));

    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(5));
  }

  @Test
  void system_interrupted_isTransientAndKeepsTheFlag() {
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> Sleeper.system().sleep(Duration.ofSeconds(5)))
          .isInstanceOf(TransientException.class)
          .hasMessageContaining("Interrupted");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }
}
