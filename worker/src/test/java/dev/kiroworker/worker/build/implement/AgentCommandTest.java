package dev.kiroworker.worker.build.implement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.worker.build.BuildInputException;
import dev.kiroworker.worker.build.BuildVariables;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgentCommandTest {

  @Test
  void from_whenUnset_isTheKiroCli() {
    AgentCommand command = AgentCommand.from(new BuildVariables(Map.of()));

    assertThat(command.template())
        .containsExactly("kiro-cli", "chat", "--no-interactive", "--trust-all-tools", "{prompt}");
    assertThat(command.executableName()).isEqualTo("kiro-cli");
  }

  @Test
  void from_anotherAgentCli_isConfiguredByItsArray() {
    AgentCommand command =
        AgentCommand.from(
            variables(
                "[\"/opt/agents/bin/other-agent\", \"run\", \"--yes\", \"{prompt}\", \"--quiet\"]"));

    assertThat(command.forPrompt("fix it; rm -rf / $(x)"))
        .containsExactly(
            "/opt/agents/bin/other-agent", "run", "--yes", "fix it; rm -rf / $(x)", "--quiet");
    assertThat(command.executableName()).isEqualTo("other-agent");
  }

  @Test
  void forPrompt_keepsAMultiLinePromptAsOneArgument() {
    AgentCommand command = new AgentCommand(AgentCommand.DEFAULT);

    List<String> arguments = command.forPrompt("line one\nline `two`");

    assertThat(arguments).hasSize(5).last().isEqualTo("line one\nline `two`");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "kiro-cli chat                     | it is not valid JSON",
        "{\"a\": 1}                        | it is not a JSON array",
        "[]                                | it is empty",
        "[\"kiro-cli\", 3, \"{prompt}\"]   | element 1 is not a non-empty string",
        "[\"kiro-cli\", \"\", \"{prompt}\"] | element 1 is not a non-empty string",
        "[\"kiro-cli\", \"a\\nb\", \"{prompt}\"] | element 1 contains a control character",
        "[\"{prompt}\", \"x\"]             | the first element is the executable",
        "[\"kiro-cli\", \"chat\"]          | exactly one element that is {prompt} (where the prompt goes), has 0",
        "[\"kiro-cli\", \"{prompt}\", \"{prompt}\"] | has 2"
      })
  void from_whenInvalid_saysWhatIsWrong(String json, String reason) {
    assertThatThrownBy(() -> AgentCommand.from(variables(json.strip())))
        .isInstanceOf(BuildInputException.class)
        .hasMessageContaining("KIRO_AGENT_COMMAND")
        .hasMessageContaining(reason.strip());
  }

  @Test
  void preflight_defaultsToWhoamiAndCanBeTurnedOff() {
    PreflightCommand fallback = PreflightCommand.from(new BuildVariables(Map.of()));
    PreflightCommand off =
        PreflightCommand.from(new BuildVariables(Map.of(BuildVariables.AGENT_PREFLIGHT, "[]")));

    assertThat(fallback.arguments()).containsExactly("kiro-cli", "whoami");
    assertThat(fallback.disabled()).isFalse();
    assertThat(fallback.display()).isEqualTo("kiro-cli whoami");
    assertThat(off.disabled()).isTrue();
  }

  @Test
  void preflight_whenGivenAPromptOrNonsense_isRefused() {
    assertThatThrownBy(
            () ->
                PreflightCommand.from(
                    new BuildVariables(
                        Map.of(BuildVariables.AGENT_PREFLIGHT, "[\"x\",\"{prompt}\"]"))))
        .isInstanceOf(BuildInputException.class)
        .hasMessageContaining("KIRO_AGENT_PREFLIGHT")
        .hasMessageContaining("takes no {prompt}");
    assertThatThrownBy(
            () ->
                PreflightCommand.from(
                    new BuildVariables(Map.of(BuildVariables.AGENT_PREFLIGHT, "null"))))
        .isInstanceOf(BuildInputException.class)
        .hasMessageContaining("not a JSON array");
  }

  private static BuildVariables variables(String agentCommand) {
    return new BuildVariables(Map.of(BuildVariables.AGENT_COMMAND, agentCommand));
  }
}
