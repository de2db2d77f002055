package dev.kiroworker.worker.build.implement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.worker.build.BuildInputException;
import dev.kiroworker.worker.build.BuildVariables;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImplementSettingsTest {

  @Test
  void from_whenOnlyTheBranchIsSet_usesTheDefaults() {
    ImplementSettings settings =
        ImplementSettings.from(
            new BuildVariables(Map.of(BuildVariables.BRANCH, "feature/login-form")));

    assertThat(settings.specPath()).isEqualTo(".kiro/specs/feature-login-form");
    assertThat(settings.specName()).isEqualTo("feature-login-form");
    assertThat(settings.taskLimit()).isEqualTo(5);
    assertThat(settings.timeBudget()).isEqualTo(Duration.ofMinutes(60));
    assertThat(settings.agentTimeout()).isEqualTo(Duration.ofMinutes(20));
    assertThat(settings.preflightTimeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(settings.agent().template()).isEqualTo(AgentCommand.DEFAULT);
    assertThat(settings.preflight().arguments()).isEqualTo(PreflightCommand.DEFAULT);
  }

  @Test
  void from_readsEveryVariable() {
    Map<String, String> values = new HashMap<>();
    values.put(BuildVariables.SPEC_PATH, ".kiro/specs/Greeting_Service.v2");
    values.put(BuildVariables.TASK_LIMIT, "100");
    values.put(BuildVariables.TIME_BUDGET_MINUTES, "480");
    values.put(BuildVariables.AGENT_TIMEOUT_MINUTES, "1");
    values.put(BuildVariables.AGENT_PREFLIGHT_TIMEOUT_SECONDS, "5");

    ImplementSettings settings = ImplementSettings.from(new BuildVariables(values));

    assertThat(settings.specPath()).isEqualTo(".kiro/specs/Greeting_Service.v2");
    assertThat(settings.specName()).isEqualTo("greeting-service-v2");
    assertThat(settings.taskLimit()).isEqualTo(100);
    assertThat(settings.timeBudget()).isEqualTo(Duration.ofMinutes(480));
    assertThat(settings.agentTimeout()).isEqualTo(Duration.ofMinutes(1));
    assertThat(settings.preflightTimeout()).isEqualTo(Duration.ofSeconds(5));
  }

  @ParameterizedTest
  @CsvSource({
    "KIRO_TASK_LIMIT, 0",
    "KIRO_TASK_LIMIT, 101",
    "KIRO_TIME_BUDGET_MINUTES, 481",
    "KIRO_AGENT_TIMEOUT_MINUTES, 241",
    "KIRO_AGENT_TIMEOUT_MINUTES, soon",
    "KIRO_AGENT_PREFLIGHT_TIMEOUT_SECONDS, 0"
  })
  void from_whenALimitIsOutOfRange_namesTheVariable(String name, String value) {
    Map<String, String> values = new HashMap<>(Map.of(BuildVariables.BRANCH, "b", name, value));

    assertThatThrownBy(() -> ImplementSettings.from(new BuildVariables(values)))
        .isInstanceOf(BuildInputException.class)
        .hasMessageContaining(name)
        .hasMessageContaining("must be a whole number");
  }

  @Test
  void from_whenSpecPathEscapesOrBranchMissing_isAnInputError() {
    assertThatThrownBy(
            () ->
                ImplementSettings.from(
                    new BuildVariables(Map.of(BuildVariables.SPEC_PATH, ".kiro/specs/../../etc"))))
        .isInstanceOf(BuildInputException.class)
        .hasMessageContaining("is not accepted");
    assertThatThrownBy(
            () ->
                ImplementSettings.from(
                    new BuildVariables(Map.of(BuildVariables.BRANCH, "-x;$(touch pwned)"))))
        .isInstanceOf(BuildInputException.class)
        .hasMessageContaining("branch name");
    assertThatThrownBy(() -> ImplementSettings.from(new BuildVariables(Map.of())))
        .isInstanceOf(BuildInputException.class)
        .hasMessageContaining("KIRO_BRANCH is not set");
  }

  @Test
  void specName_whenNothingUsableIsLeft_isSpec() {
    assertThat(settings(".kiro/specs/___").specName()).isEqualTo("spec");
    assertThat(settings(".kiro/specs/" + "a".repeat(70)).specName()).hasSize(64);
  }

  @Test
  void new_rejectsImpossibleValues() {
    assertThatThrownBy(() -> settings(".kiro/specs/a", 0, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("task limit");
    assertThatThrownBy(() -> settings(".kiro/specs/a", 1, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("time budget must be positive");
  }

  private static ImplementSettings settings(String specPath) {
    return settings(specPath, 1, Duration.ofMinutes(1));
  }

  private static ImplementSettings settings(String specPath, int limit, Duration budget) {
    return new ImplementSettings(
        new AgentCommand(AgentCommand.DEFAULT),
        new PreflightCommand(PreflightCommand.DEFAULT),
        specPath,
        limit,
        budget,
        Duration.ofMinutes(1),
        Duration.ofSeconds(1));
  }
}
