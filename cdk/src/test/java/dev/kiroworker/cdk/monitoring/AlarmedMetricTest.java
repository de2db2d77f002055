package dev.kiroworker.cdk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiroworker.cdk.config.AlarmLevels;
import org.junit.jupiter.api.Test;

class AlarmedMetricTest {

  private final AlarmedMetric alarmed =
      new AlarmedMetric(
          "build-duration",
          null,
          AlarmLevels.of(45, 52.5),
          threshold -> "A build took " + threshold + " minutes or more.");

  @Test
  void threshold_isTheLevelsWarningOrError() {
    assertThat(alarmed.threshold(AlertLevel.WARNING)).isEqualTo(45);
    assertThat(alarmed.threshold(AlertLevel.ERROR)).isEqualTo(52.5);
  }

  @Test
  void describe_writesTheThresholdAsAPersonWould() {
    assertThat(alarmed.describe(AlertLevel.WARNING)).isEqualTo("A build took 45 minutes or more.");
    assertThat(alarmed.describe(AlertLevel.ERROR)).isEqualTo("A build took 52.5 minutes or more.");
  }

  @Test
  void onlyErrors_announceTheirRecovery() {
    assertThat(AlertLevel.ERROR.announcesRecovery()).isTrue();
    assertThat(AlertLevel.WARNING.announcesRecovery()).isFalse();
    assertThat(AlertLevel.WARNING.suffix()).isEqualTo("warning");
  }
}
