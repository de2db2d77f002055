package dev.kiroworker.worker;

import dev.kiroworker.worker.build.BuildCommand;
import dev.kiroworker.worker.build.BuildInputException;
import dev.kiroworker.worker.build.BuildVariables;
import dev.kiroworker.worker.cli.Console;
import dev.kiroworker.worker.cli.ExitCode;
import dev.kiroworker.worker.cli.InvalidInputException;
import dev.kiroworker.worker.demo.DemoCommand;
import dev.kiroworker.worker.deploy.DeployCommand;
import dev.kiroworker.worker.invoke.InvokeCommand;
import dev.kiroworker.worker.run.RunCommand;
import dev.kiroworker.worker.sfn.SfnCommand;
import java.io.PrintWriter;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/** The {@code kiro-worker} command: the process entry point and the root of the command tree. */
@Command(
    name = "kiro-worker",
    // Subcommands inherit --help, --version and the footer.
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = KiroWorker.Version.class,
    description = "Runs kiro-worker's steps from the command line.",
    footer = "%nSee docs/cli.md for every command, with examples.")
public final class KiroWorker {

  private KiroWorker() {}

  public static void main(String... args) {
    quietLibraryLogging();
    System.exit(run(Console.system(), args));
  }

  /**
   * json-path logs (debug only) through SLF4J, and the jar ships no SLF4J backend; without these,
   * SLF4J warns about that on stderr at every run. Values given with -D still win.
   */
  private static void quietLibraryLogging() {
    System.getProperties()
        .putIfAbsent("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
    System.getProperties().putIfAbsent("slf4j.internal.verbosity", "WARN");
  }

  /**
   * Runs one command line and returns its exit code (see {@link ExitCode}); everything it prints
   * goes to {@code console}.
   */
  public static int run(Console console, String... args) {
    return run(console, BuildVariables.fromProcess(), args);
  }

  /**
   * Runs one command line with {@code variables} as the process environment (the build steps' and
   * {@code run --local}'s); see {@link #run(Console, String...)}.
   */
  public static int run(Console console, BuildVariables variables, String... args) {
    CommandLine commandLine =
        new CommandLine(new KiroWorker())
            .addSubcommand(SfnCommand.commandLine(console))
            .addSubcommand(new InvokeCommand(console))
            .addSubcommand(BuildCommand.commandLine(console, variables))
            .addSubcommand(DemoCommand.commandLine(console))
            .addSubcommand(new RunCommand(console, variables.all(), Clock.systemUTC()))
            .addSubcommand(DeployCommand.commandLine(console));
    // Set after the subcommands are added: picocli copies these settings down the tree.
    PrintWriter out = new PrintWriter(console.out(), true);
    PrintWriter err = new PrintWriter(console.err(), true);
    commandLine.setOut(out).setErr(err).setExecutionExceptionHandler(KiroWorker::invalidInput);
    try {
      return commandLine.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** A bad file is the user's to fix: a plain message, no stack trace. */
  public static int invalidInput(Exception e, CommandLine command, ParseResult parsed)
      throws Exception {
    if (e instanceof InvalidInputException || e instanceof BuildInputException) {
      command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + e.getMessage());
      return ExitCode.INVALID_INPUT;
    }
    throw e;
  }

  /** The version the runnable jar's manifest carries. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = KiroWorker.class.getPackage().getImplementationVersion();
      return new String[] {"kiro-worker " + (version == null ? "(development build)" : version)};
    }
  }
}
