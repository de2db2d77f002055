package dev.kiroworker.worker.demo;

import dev.kiroworker.worker.cli.Console;
import dev.kiroworker.worker.cli.InvalidInputException;
import dev.kiroworker.worker.local.WorkFolder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kiro-worker demo}: one run of the real workflow on this machine, with no credentials, no
 * AWS and no network, in a temporary folder removed afterwards unless {@code --keep}.
 */
// The description is completed from DemoScenario by commandLine(), so the list cannot drift.
@Command(name = "demo")
public final class DemoCommand implements Callable<Integer> {

  private final Console console;

  @Option(
      names = "--scenario",
      paramLabel = "NAME",
      description = "The situation to show (default: ${DEFAULT-VALUE}).",
      defaultValue = "happy")
  private String scenario;

  @Option(names = "--keep", description = "Keep the demo's folder and say where it is.")
  private boolean keep;

  private DemoCommand(Console console) {
    this.console = console;
  }

  /** The command, its help listing every scenario with its one line. */
  public static CommandLine commandLine(Console console) {
    CommandLine commandLine = new CommandLine(new DemoCommand(console));
    List<String> description = new ArrayList<>();
    description.add(
        "Runs the whole workflow locally, with no credentials, no AWS and no network: the real"
            + " state machine and handlers against a GitHub stand-in, embedded DynamoDB and S3,"
            + " and a local git remote holding a sample project. Prints each state, the path"
            + " taken, the board moves, the pull request's comment and any alert. Needs git, bash"
            + " and node on PATH.");
    description.add("");
    description.add("Scenarios:");
    for (DemoScenario each : DemoScenario.values()) {
      // picocli formats each line, so a literal % is written %%.
      description.add(
          String.format(Locale.ROOT, "  %-26s%s", each.label(), each.summary()).replace("%", "%%"));
    }
    description.add("");
    description.add(
        "Exit code 0 when the run ended the way its scenario should, whatever the workflow's"
            + " status; 1 when it did not.");
    commandLine.getCommandSpec().usageMessage().description(description.toArray(String[]::new));
    return commandLine;
  }

  @Override
  public Integer call() {
    DemoScenario chosen =
        DemoScenario.named(scenario)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "no scenario called '"
                            + scenario
                            + "'; see kiro-worker demo --help for the list"));
    try (WorkFolder folder = WorkFolder.create("demo", null, keep, console.out())) {
      return new DemoRun(console, chosen, folder.path()).run();
    }
  }
}
