package dev.kiroworker.worker.sfn;

import dev.kiroworker.worker.cli.Console;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kiro-worker sfn}: the group of state machine commands; it does nothing by itself. */
@Command(
    name = "sfn",
    description =
        "Runs, validates and draws Amazon States Language definitions with the local engine.")
public final class SfnCommand {

  private SfnCommand() {}

  /** The {@code sfn} command with its subcommands, each printing to {@code console}. */
  public static CommandLine commandLine(Console console) {
    return new CommandLine(new SfnCommand())
        .addSubcommand(new SfnRunCommand(console))
        .addSubcommand(new SfnValidateCommand(console))
        .addSubcommand(new SfnDiagramCommand(console));
  }
}
