package dev.kiroworker.cdk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnvironmentSelectionTest {

  @ParameterizedTest
  @ValueSource(strings = {"test", "staging", "production", " test "})
  void picksTheNamedEnvironment(String name) {
    DeploymentEnvironment environment =
        EnvironmentSelection.fromContext(Map.of("environment", name)::get);

    assertThat(environment.name()).isEqualTo(name.trim());
  }

  @Test
  void aMissingEnvironmentSaysHowToChooseOne() {
    assertThatThrownBy(() -> EnvironmentSelection.fromContext(key -> null))
        .isInstanceOf(InvalidEnvironmentException.class)
        .hasMessageContaining("-c environment=<name>")
        .hasMessageContaining("test, staging, production");
    assertThatThrownBy(() -> EnvironmentSelection.fromContext(Map.of("environment", " ")::get))
        .isInstanceOf(InvalidEnvironmentException.class)
        .hasMessageContaining("No environment chosen");
  }

  @Test
  void anUnknownEnvironmentIsNamedWithTheKnownOnes() {
    assertThatThrownBy(() -> EnvironmentSelection.fromContext(Map.of("environment", "prod")::get))
        .isInstanceOf(InvalidEnvironmentException.class)
        .hasMessageContaining("Unknown environment 'prod'")
        .hasMessageContaining("test, staging, production");
  }

  @Test
  void alertEmailsFromTheContextReplaceTheEnvironmentsOwn() {
    DeploymentEnvironment environment =
        EnvironmentSelection.fromContext(
            Map.of("environment", "production", "alertEmails", " ops@example.com, ,dev@example.org")
                ::get);

    assertThat(environment.alertEmails()).containsExactly("ops@example.com", "dev@example.org");
    assertThat(environment.schedule()).isEqualTo(Environments.PRODUCTION.schedule());
  }

  @Test
  void aMalformedEmailFailsSelection() {
    assertThatThrownBy(
            () ->
                EnvironmentSelection.fromContext(
                    Map.of("environment", "test", "alertEmails", "ops-at-example.com")::get))
        .isInstanceOf(InvalidEnvironmentException.class)
        .hasMessageContaining("'alertEmails' is 'ops-at-example.com'");
  }
}
