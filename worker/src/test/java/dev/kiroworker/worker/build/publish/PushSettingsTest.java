package dev.kiroworker.worker.build.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.worker.build.BuildInputException;
import dev.kiroworker.worker.build.BuildVariables;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PushSettingsTest {

  @Test
  void from_emptyEnvironment_givesThreeRetriesFromTwoSecondsAndGitHubOnly() {
    PushSettings settings = PushSettings.from(new BuildVariables(Map.of()));

    assertThat(settings.retries()).isEqualTo(3);
    assertThat(settings.backoff().base()).isEqualTo(Duration.ofSeconds(2));
    assertThat(settings.gitTimeout()).isEqualTo(Duration.ofMinutes(10));
    assertThat(settings.allowLocalRemote()).isFalse();
  }

  @Test
  void from_variables_readsLocalRemotesAndTheRetryBase() {
    PushSettings settings =
        PushSettings.from(
            new BuildVariables(
                Map.of(
                    BuildVariables.ALLOW_LOCAL_REMOTE, "true",
                    PushSettings.RETRY_BASE_MILLIS, "5")));

    assertThat(settings.allowLocalRemote()).isTrue();
    assertThat(settings.backoff().base()).isEqualTo(Duration.ofMillis(5));
  }

  @Test
  void from_retryBaseOutOfRange_isAnInputError() {
    BuildVariables variables = new BuildVariables(Map.of(PushSettings.RETRY_BASE_MILLIS, "-1"));

    assertThatThrownBy(() -> PushSettings.from(variables))
        .isInstanceOf(BuildInputException.class)
        .hasMessageContaining(PushSettings.RETRY_BASE_MILLIS);
  }

  @Test
  void invalidSettings_areRefusedWithTheValue() {
    assertThatThrownBy(() -> new PushSettings(Duration.ZERO, 3, Backoff.defaults(), false))
        .hasMessageContaining("PT0S");
    assertThatThrownBy(() -> new PushSettings(Duration.ofMinutes(1), 11, Backoff.defaults(), false))
        .hasMessageContaining("was 11");
  }

  @Test
  void pushResult_isEitherPushedOrFailed() {
    assertThatThrownBy(
            () -> new PushResult(true, false, 1, "sha", "refs/heads/b", PushFailure.TRANSIENT, "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(PushResult.succeeded(true, 1, "sha", "refs/heads/b").toJson().has("error"))
        .isFalse();
  }

  @Test
  void systemSleeper_whenInterrupted_keepsTheFlagAndStops() {
    Sleeper sleeper = Sleeper.system();
    sleeper.sleep(Duration.ZERO);

    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> sleeper.sleep(Duration.ofMillis(1)))
          .hasMessageContaining("Interrupted while waiting to retry the push");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }
}
