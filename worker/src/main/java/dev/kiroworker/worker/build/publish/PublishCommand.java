package dev.kiroworker.worker.build.publish;

import dev.kiroworker.handlers.scrub.SecretScrubber;
import dev.kiroworker.worker.build.BuildOutput;
import dev.kiroworker.worker.build.BuildVariables;
import dev.kiroworker.worker.build.StepLog;
import dev.kiroworker.worker.build.Workspace;
import dev.kiroworker.worker.build.checkout.GitAuth;
import dev.kiroworker.worker.build.process.ProcessRunner;
import dev.kiroworker.worker.cli.Console;
import dev.kiroworker.worker.cli.ExitCode;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import picocli.CommandLine.Command;

/**
 * {@code kiro-worker build publish}: pushes the workspace's {@code HEAD} to {@code KIRO_BRANCH} on
 * {@code KIRO_REPOSITORY_URL} and writes the exported variables. Prints the summary's {@code
 * publish} section as one JSON line on stdout.
 */
@Command(
    name = "publish",
    description = {
      "Pushes the branch (never forced; transient failures retried 3 times with backoff) and"
          + " writes exported-variables.env.",
      "Exit 0 pushed or already up to date, 1 push failed, 3 invalid input."
    })
public final class PublishCommand implements Callable<Integer> {

  private final Console console;
  private final BuildVariables variables;
  private final Sleeper sleeper;
  private final DoubleSupplier random;

  public PublishCommand(Console console, BuildVariables variables) {
    this(console, variables, Sleeper.system(), () -> ThreadLocalRandom.current().nextDouble());
  }

  PublishCommand(
      Console console, BuildVariables variables, Sleeper sleeper, DoubleSupplier random) {
    this.console = Objects.requireNonNull(console, "console");
    this.variables = Objects.requireNonNull(variables, "variables");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.random = Objects.requireNonNull(random, "random");
  }

  @Override
  public Integer call() {
    BuildOutput output = BuildOutput.from(variables).create();
    String token = variables.optional(BuildVariables.GITHUB_TOKEN).orElse(null);
    SecretScrubber scrubber = GitAuth.of(token).scrubber(SecretScrubber.patternsOnly());
    try (StepLog log = StepLog.open(output, Publish.STEP, scrubber, console.err())) {
      Publish.exportKnown(output, log);
      PushRequest request =
          new PushRequest(
              variables.required(BuildVariables.REPOSITORY_URL),
              variables.required(BuildVariables.BRANCH),
              token);
      Push push =
          new Push(
              new ProcessRunner(scrubber),
              scrubber,
              PushSettings.from(variables),
              sleeper,
              random,
              log);
      PushResult result =
          new Publish(output, push, log).publish(Workspace.from(variables), request);
      console.out().println(result.toJson());
      return result.pushed() ? ExitCode.OK : ExitCode.NOT_SUCCEEDED;
    }
  }
}
