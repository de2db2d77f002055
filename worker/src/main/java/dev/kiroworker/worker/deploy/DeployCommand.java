package dev.kiroworker.worker.deploy;

import dev.kiroworker.worker.cli.Console;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kiro-worker deploy}: the group of deployment commands; it does nothing by itself. */
@Command(
    name = "deploy",
    description = "Checks an AWS identity before it deploys kiro-worker (see docs/deployment.md).")
public final class DeployCommand {

  private DeployCommand() {}

  /** The {@code deploy} command, talking to the AWS the SDK's default settings point at. */
  public static CommandLine commandLine(Console console) {
    return commandLine(console, PreflightClients.defaultFactory());
  }

  /** The {@code deploy} command with its AWS clients from {@code clients}. */
  public static CommandLine commandLine(Console console, PreflightClients.Factory clients) {
    return new CommandLine(new DeployCommand())
        .addSubcommand(new PreflightCommand(console, clients));
  }
}
