package dev.kiroworker.cdk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentReleaseTest {

  private static final String SHA256 = "0123456789abcdef".repeat(4);

  @Test
  void withoutContextTheBuildspecsDefaultsStay() {
    assertThat(AgentRelease.fromContext(key -> null).buildVariables()).isEmpty();
    assertThat(
            AgentRelease.fromContext(Map.of("kiroCliVersion", " ", "kiroCliSha256", "")::get)
                .buildVariables())
        .isEmpty();
  }

  @Test
  void aPinnedReleaseSetsOnlyWhatIsPinned() {
    assertThat(
            AgentRelease.fromContext(
                    Map.of("kiroCliVersion", "1.25.0", "kiroCliSha256", SHA256)::get)
                .buildVariables())
        .containsExactly(
            Map.entry("KIRO_CLI_VERSION", "1.25.0"), Map.entry("KIRO_CLI_SHA256", SHA256));
    assertThat(AgentRelease.fromContext(Map.of("kiroCliSha256", SHA256)::get).buildVariables())
        .containsOnlyKeys("KIRO_CLI_SHA256");
  }

  @Test
  void aMalformedVersionOrChecksumFailsSynthesisNamingTheKey() {
    assertThatThrownBy(() -> AgentRelease.fromContext(Map.of("kiroCliVersion", "latest")::get))
        .isInstanceOf(InvalidEnvironmentException.class)
        .hasMessageContaining("'kiroCliVersion' is 'latest'");
    assertThatThrownBy(
            () ->
                AgentRelease.fromContext(
                    Map.of("kiroCliSha256", SHA256.toUpperCase(java.util.Locale.ROOT))::get))
        .isInstanceOf(InvalidEnvironmentException.class)
        .hasMessageContaining("'kiroCliSha256'")
        .hasMessageContaining("64 lower-case hex digits");
    assertThatThrownBy(() -> new AgentRelease("1.2.3; rm -rf /", null))
        .isInstanceOf(InvalidEnvironmentException.class);
  }
}
