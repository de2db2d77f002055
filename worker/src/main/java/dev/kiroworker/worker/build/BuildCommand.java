package dev.kiroworker.worker.build;

import dev.kiroworker.worker.build.checkout.CheckoutCommand;
import dev.kiroworker.worker.build.implement.ImplementCommand;
import dev.kiroworker.worker.build.publish.ExportVariablesCommand;
import dev.kiroworker.worker.build.publish.PublishCommand;
import dev.kiroworker.worker.build.runner.RunLocalCommand;
import dev.kiroworker.worker.build.steering.SyncSteeringCommand;
import dev.kiroworker.worker.build.verify.VerifyCommand;
import dev.kiroworker.worker.cli.Console;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code kiro-worker build}: the group of steps the buildspec runs inside the CodeBuild job, in
 * order checkout, sync-steering, implement, verify, publish. Each step reads its inputs from
 * environment variables ({@link BuildVariables}) and records what it did in the build summary.
 */
@Command(
    name = "build",
    description = {
      "The steps the buildspec runs in the CodeBuild job (and the local build runner runs on"
          + " this machine).",
      "Inputs come from environment variables; see docs/build-steps.md."
    })
public final class BuildCommand {

  private BuildCommand() {}

  /** The {@code build} command with its steps, reading {@code variables}. */
  public static CommandLine commandLine(Console console, BuildVariables variables) {
    // Each step registers here, in the order the buildspec runs them.
    return new CommandLine(new BuildCommand())
        .addSubcommand(new CheckoutCommand(console, variables))
        .addSubcommand(new SyncSteeringCommand(console, variables))
        .addSubcommand(new ImplementCommand(console, variables))
        .addSubcommand(new VerifyCommand(console, variables))
        .addSubcommand(new PublishCommand(console, variables))
        .addSubcommand(new ExportVariablesCommand(console, variables))
        .addSubcommand(RunLocalCommand.create(console));
  }
}
