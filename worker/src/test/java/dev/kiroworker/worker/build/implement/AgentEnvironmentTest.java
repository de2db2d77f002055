package dev.kiroworker.worker.build.implement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentEnvironmentTest {

  @Test
  void notInherited_withTheKeyHandedOver_withholdsOnlyCredentials() {
    assertThat(AgentEnvironment.notInherited(Map.of("KIRO_API_KEY", "key")))
        .containsAll(AgentEnvironment.WITHHELD)
        .doesNotContain("KIRO_API_KEY");
  }

  @Test
  void notInherited_withoutAKey_alsoDropsTheBuildsEmptyOne() {
    // A local run without KIRO_API_KEY resolves the buildspec's reference to "": the agent must
    // see no key at all, so that its own sign-in is used.
    assertThat(AgentEnvironment.notInherited(Map.of()))
        .containsAll(AgentEnvironment.WITHHELD)
        .contains("KIRO_API_KEY");
  }
}
