package dev.kiroworker.cdk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class DeploymentEnvironmentTest {

  private static final Alarms ALARMS = Environments.TEST.alarms();

  /** The test environment with one setting changed through {@code edit}. */
  private static DeploymentEnvironment testWith(UnaryOperator<Object[]> edit) {
    DeploymentEnvironment t = Environments.TEST;
    Object[] v = {
      t.name(),
      t.schedule(),
      t.coverageThreshold(),
      t.alertEmails(),
      t.buildComputeType(),
      t.buildTimeoutMinutes(),
      t.lockSlots(),
      t.lambdaTimeoutSeconds(),
      t.lambdaMemoryMb(),
      t.logRetentionDays(),
      t.artifactsInfrequentAccessDays(),
      t.artifactsExpireDays()
    };
    Object[] e = edit.apply(v);
    @SuppressWarnings("unchecked")
    List<String> emails = (List<String>) e[3];
    return new DeploymentEnvironment(
        (String) e[0],
        (String) e[1],
        ((Number) e[2]).doubleValue(),
        emails,
        (String) e[4],
        (Integer) e[5],
        (Integer) e[6],
        (Integer) e[7],
        (Integer) e[8],
        (Integer) e[9],
        (Integer) e[10],
        (Integer) e[11],
        false,
        ALARMS);
  }

  private static UnaryOperator<Object[]> set(int index, Object value) {
    return values -> {
      values[index] = value;
      return values;
    };
  }

  @Test
  void theShippedEnvironmentsAreValidAndDiffer() {
    assertThat(Environments.names()).containsExactly("test", "staging", "production");
    assertThat(Environments.TEST.retainData()).isFalse();
    assertThat(Environments.STAGING.retainData()).isTrue();
    assertThat(Environments.PRODUCTION.retainData()).isTrue();
    assertThat(Environments.PRODUCTION.alarms().executionFailures().error())
        .isLessThan(Environments.TEST.alarms().executionFailures().error());
    assertThat(testWith(values -> values)).isEqualTo(Environments.TEST);
  }

  @Test
  void eachSettingIsCheckedWithAMessageNamingIt() {
    assertRefused(set(0, "Test"), "'name' is 'Test'");
    assertRefused(set(1, "every hour"), "'schedule' is 'every hour'");
    assertRefused(set(2, 101), "'coverageThreshold' is '101.0'");
    assertRefused(set(2, -1), "'coverageThreshold'");
    assertRefused(set(3, List.of("not-an-address")), "'alertEmails' is 'not-an-address'");
    assertRefused(set(4, "BUILD_GENERAL1_HUGE"), "'buildComputeType' is 'BUILD_GENERAL1_HUGE'");
    assertRefused(set(5, 4), "'buildTimeoutMinutes' is '4'");
    assertRefused(set(5, 2161), "'buildTimeoutMinutes'");
    assertRefused(set(6, 0), "'lockSlots' is '0'");
    assertRefused(set(6, 101), "'lockSlots'");
    assertRefused(set(7, 0), "'lambdaTimeoutSeconds' is '0'");
    assertRefused(set(7, 901), "'lambdaTimeoutSeconds'");
    assertRefused(set(8, 127), "'lambdaMemoryMb' is '127'");
    assertRefused(set(8, 10241), "'lambdaMemoryMb'");
    assertRefused(set(9, 10), "'logRetentionDays' is '10'");
    assertRefused(set(10, 29), "'artifactsInfrequentAccessDays' is '29'");
    assertRefused(set(11, 30), "'artifactsExpireDays' is '30'");
  }

  @Test
  void alarmLevelsMustRiseFromWarningToError() {
    assertThat(AlarmLevels.of(1, 2).error()).isEqualTo(2);
    assertThatThrownBy(() -> AlarmLevels.of(0, 1))
        .isInstanceOf(InvalidEnvironmentException.class)
        .hasMessageContaining("above 0");
    assertThatThrownBy(() -> AlarmLevels.of(3, 3))
        .isInstanceOf(InvalidEnvironmentException.class)
        .hasMessageContaining("below its error level");
    AlarmLevels any = AlarmLevels.of(1, 2);
    assertThatThrownBy(() -> new Alarms(any, AlarmLevels.of(50, 120), any, any, any, any, any))
        .isInstanceOf(InvalidEnvironmentException.class)
        .hasMessageContaining("cannot be above 100");
  }

  private static void assertRefused(UnaryOperator<Object[]> edit, String message) {
    assertThatThrownBy(() -> testWith(edit))
        .isInstanceOf(InvalidEnvironmentException.class)
        .hasMessageContaining(message);
  }
}
