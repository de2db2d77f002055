package dev.kiroworker.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.worker.cli.Console;
import dev.kiroworker.worker.cli.ExitCode;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

class KiroWorkerTest {

  @Test
  void run_withoutCommand_isUsageErrorListingTheCommands() {
    Invocation run = Invocation.of();

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("Missing required subcommand", "sfn");
  }

  @Test
  void sfn_withoutSubcommand_isUsageErrorListingRunAndValidate() {
    Invocation run = Invocation.of("sfn");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("Missing required subcommand", "run", "validate");
  }

  @Test
  void unknownCommand_isUsageError() {
    Invocation run = Invocation.of("launch");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("Unmatched argument", "launch");
  }

  @Test
  void help_printsUsageOnStdoutAndExitsZero() {
    Invocation run = Invocation.of("--help");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("Usage: kiro-worker", "sfn", "docs/cli.md");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void sfnRunHelp_documentsEveryExitCode() {
    Invocation run = Invocation.of("sfn", "run", "--help");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out())
        .contains(
            "Exit codes:",
            "0   the execution succeeded",
            "1   the execution failed or timed out",
            "2   usage error",
            "3   invalid input");
  }

  @Test
  void version_outsideTheJar_saysDevelopmentBuild() {
    Invocation run = Invocation.of("sfn", "validate", "--version");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).isEqualTo("kiro-worker (development build)" + System.lineSeparator());
  }

  @Test
  void exceptionOtherThanInvalidInput_isLeftToPicocliAsABug() {
    IllegalStateException bug = new IllegalStateException("a bug");
    CommandLine command = new CommandLine(CommandSpec.create());

    assertThatThrownBy(() -> KiroWorker.invalidInput(bug, command, null)).isSameAs(bug);
  }

  @Test
  void systemConsole_usesTheProcessStreams() {
    Console console = Console.system();

    assertThat(console.out()).isSameAs(System.out);
    assertThat(console.err()).isSameAs(System.err);
    assertThat(console.in()).isSameAs(System.in);
  }
}
