package dev.kiroworker.handlers.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.handlers.errors.PermanentException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HandlerEnvironmentTest {

  @Test
  void from_readsEveryVariable_andDefaultsTheParameterName() {
    var environment =
        HandlerEnvironment.from(
            Settings.of(
                Map.of(
                    "KIRO_ENVIRONMENT", "staging",
                    "KIRO_LOCK_TABLE", "kiro-worker-staging-locks",
                    "KIRO_ARTIFACTS_BUCKET", "kiro-worker-staging-artifacts")));

    assertThat(environment.environmentName()).isEqualTo("staging");
    assertThat(environment.lockTable()).isEqualTo("kiro-worker-staging-locks");
    assertThat(environment.artifactsBucket()).isEqualTo("kiro-worker-staging-artifacts");
    assertThat(environment.projectConfigParameter())
        .isEqualTo("/kiro-worker/staging/github-project-config");
  }

  @Test
  void from_missingVariable_namesItAndSaysWhatIsExpected() {
    assertThatThrownBy(
            () -> HandlerEnvironment.from(Settings.of(Map.of("KIRO_ENVIRONMENT", "test"))))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("KIRO_LOCK_TABLE is not set")
        .hasMessageContaining("a DynamoDB table name");
  }

  @Test
  void malformedValues_areRefused() {
    assertThatThrownBy(() -> new HandlerEnvironment("Prod!", "t-able", "bucket", "/p"))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("KIRO_ENVIRONMENT is 'Prod!'");
    assertThatThrownBy(() -> new HandlerEnvironment("test", "table", "Bad_Bucket", "/p"))
        .hasMessageContaining("KIRO_ARTIFACTS_BUCKET");
    assertThatThrownBy(() -> new HandlerEnvironment("test", "x", "bucket", "/p"))
        .hasMessageContaining("KIRO_LOCK_TABLE");
    assertThatThrownBy(() -> new HandlerEnvironment("test", "table", "bucket", "no-slash"))
        .hasMessageContaining("KIRO_PROJECT_CONFIG_PARAMETER");
  }

  @Test
  void settings_treatBlankAsUnset_andStripValues() {
    Settings settings = Settings.of(Map.of("A", "  value ", "B", "  "));

    assertThat(settings.optional("A")).contains("value");
    assertThat(settings.optional("B")).isEmpty();
    assertThat(settings.optional("C")).isEmpty();
    assertThat(Settings.fromEnvironment().optional("KIRO_SURELY_UNSET_VARIABLE_42")).isEmpty();
  }
}
