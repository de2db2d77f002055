package dev.kiroworker.worker.build.implement;

import dev.kiroworker.handlers.scrub.SecretScrubber;
import dev.kiroworker.worker.build.BuildInputException;
import dev.kiroworker.worker.build.BuildOutput;
import dev.kiroworker.worker.build.BuildSummary;
import dev.kiroworker.worker.build.BuildVariables;
import dev.kiroworker.worker.build.StepLog;
import dev.kiroworker.worker.build.Workspace;
import dev.kiroworker.worker.build.git.GitException;
import dev.kiroworker.worker.build.git.GitRepository;
import dev.kiroworker.worker.build.process.ProcessRunner;
import dev.kiroworker.worker.cli.Console;
import dev.kiroworker.worker.cli.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code kiro-worker build implement}: runs the agent on the spec's open tasks in the clone, then
 * writes the summary's {@code implement} section, {@code diff.patch} and {@code
 * logs/implement.log}.
 */
@Command(
    name = "implement",
    description = {
      "Runs the coding agent on the spec's open tasks, one commit per completed task.",
      "Exit 0 when it ran (even if a limit stopped it early), 1 when the agent failed and left"
          + " no commit, 3 on invalid input. See docs/build-steps.md."
    })
public final class ImplementCommand implements Callable<Integer> {

  /** How long one git command in the clone may take; as long as checkout's, for large clones. */
  static final Duration GIT_TIMEOUT = Duration.ofMinutes(10);

  private final Console console;
  private final BuildVariables variables;
  private final InstantSource clock;

  public ImplementCommand(Console console, BuildVariables variables) {
    this(console, variables, InstantSource.system());
  }

  ImplementCommand(Console console, BuildVariables variables, InstantSource clock) {
    this.console = Objects.requireNonNull(console, "console");
    this.variables = Objects.requireNonNull(variables, "variables");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Integer call() {
    ImplementSettings settings = ImplementSettings.from(variables);
    Path clone = Workspace.from(variables);
    if (!Files.isDirectory(clone.resolve(".git"))) {
      throw new BuildInputException(
          "The workspace "
              + clone
              + " is not a git clone; run kiro-worker build checkout first, or set KIRO_WORKSPACE.");
    }
    BuildOutput output = BuildOutput.from(variables).create();
    SecretScrubber scrubber = scrubber();
    ProcessRunner runner = new ProcessRunner(scrubber);
    try (StepLog log = StepLog.open(output, "implement", scrubber, console.err())) {
      GitRepository git =
          new GitRepository(
                  runner, clone, Map.of("GIT_TERMINAL_PROMPT", "0"), GIT_TIMEOUT, scrubber, log)
              .withoutVariables(AgentEnvironment.WITHHELD);
      try {
        ImplementReport report =
            new Implementer(runner, git, settings, agentEnvironment(), clock, log).run();
        DiffFile.write(clone, report.startSha(), output.diffFile(), scrubber, DiffFile.LIMIT);
        BuildSummary.of(output).put("implement", report.toJson()).save();
        log.accept(report.headline());
        console.out().println(report.headline());
        return report.exitCode();
      } catch (GitException e) {
        log.accept("implement: " + e.getMessage());
        return ExitCode.NOT_SUCCEEDED;
      }
    }
  }

  private SecretScrubber scrubber() {
    SecretScrubber scrubber = SecretScrubber.patternsOnly();
    for (String name : AgentEnvironment.SECRETS) {
      scrubber = variables.optional(name).map(scrubber::withSecret).orElse(scrubber);
    }
    return scrubber;
  }

  private Map<String, String> agentEnvironment() {
    return variables
        .optional(BuildVariables.KIRO_API_KEY)
        .map(key -> Map.of(BuildVariables.KIRO_API_KEY, key))
        .orElse(Map.of());
  }
}
