package dev.kiroworker.worker.build.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProcessCommandTest {

  private static final Path HERE = Path.of(".");
  private static final Duration TIMEOUT = Duration.ofSeconds(1);

  @Test
  void new_whenArgumentsEmpty_rejectsThem() {
    assertThatThrownBy(() -> new ProcessCommand(List.of(), HERE, Map.of(), TIMEOUT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no arguments");
  }

  @Test
  void new_whenExecutableBlank_rejectsIt() {
    assertThatThrownBy(() -> ProcessCommand.of(HERE, TIMEOUT, " ", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
  }

  @Test
  void new_whenTimeoutNotPositive_rejectsIt() {
    assertThatThrownBy(() -> ProcessCommand.of(HERE, Duration.ZERO, "git"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PT0S");
    assertThatThrownBy(() -> ProcessCommand.of(HERE, Duration.ofSeconds(-1), "git"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void of_keepsArgumentsInOrderWithNoEnvironment() {
    ProcessCommand command = ProcessCommand.of(HERE, TIMEOUT, "git", "status");

    assertThat(command.executable()).isEqualTo("git");
    assertThat(command.arguments()).containsExactly("git", "status");
    assertThat(command.environment()).isEmpty();
    assertThat(command.withEnvironment(Map.of("A", "1")).environment()).containsEntry("A", "1");
  }

  @Test
  void withoutVariables_addsToTheWithheldNamesAndKeepsTheRest() {
    ProcessCommand command =
        ProcessCommand.of(HERE, TIMEOUT, "git")
            .withEnvironment(Map.of("A", "1"))
            .withoutVariables(Set.of("GITHUB_TOKEN"))
            .withoutVariables(Set.of("AWS_SESSION_TOKEN"));

    assertThat(command.withheld()).containsExactlyInAnyOrder("GITHUB_TOKEN", "AWS_SESSION_TOKEN");
    assertThat(command.environment()).containsEntry("A", "1");
    assertThat(command.withEnvironment(Map.of("B", "2")).withheld()).hasSize(2);
  }

  @Test
  void new_whenAVariableIsBothSetAndWithheld_rejectsIt() {
    assertThatThrownBy(
            () ->
                ProcessCommand.of(HERE, TIMEOUT, "git")
                    .withEnvironment(Map.of("GITHUB_TOKEN", "x"))
                    .withoutVariables(Set.of("GITHUB_TOKEN")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GITHUB_TOKEN is both set and withheld");
  }
}
