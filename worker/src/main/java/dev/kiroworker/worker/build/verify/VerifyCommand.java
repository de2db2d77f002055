package dev.kiroworker.worker.build.verify;

import dev.kiroworker.handlers.coverage.QualityGate;
import dev.kiroworker.handlers.scrub.SecretScrubber;
import dev.kiroworker.worker.build.BuildInputException;
import dev.kiroworker.worker.build.BuildOutput;
import dev.kiroworker.worker.build.BuildSummary;
import dev.kiroworker.worker.build.BuildVariables;
import dev.kiroworker.worker.build.StepLog;
import dev.kiroworker.worker.build.Workspace;
import dev.kiroworker.worker.build.process.ProcessRunner;
import dev.kiroworker.worker.cli.Console;
import dev.kiroworker.worker.cli.ExitCode;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code kiro-worker build verify}: runs the clone's tests, copies their reports into the build
 * output and writes the {@code verify} section of the summary, then exits 0 when the tests passed
 * and met the coverage gate, 1 when they did not, 3 when the repository's worker.yml is invalid.
 * The reports and the summary are written before any exit.
 */
@Command(
    name = "verify",
    description = {
      "Runs the repository's tests (.kiro/worker.yml, else detected), collects JUnit XML and"
          + " the coverage report, and applies the quality gate.",
      "Exit codes: 0 passed, 1 tests failed or coverage below the threshold, 3 invalid input."
    })
public final class VerifyCommand implements Callable<Integer> {

  /** The step's name: its summary section and its log file. */
  public static final String STEP = "verify";

  private final Console console;
  private final BuildVariables variables;

  public VerifyCommand(Console console, BuildVariables variables) {
    this.console = Objects.requireNonNull(console, "console");
    this.variables = Objects.requireNonNull(variables, "variables");
  }

  @Override
  public Integer call() {
    BuildOutput output = BuildOutput.from(variables).create();
    SecretScrubber scrubber = scrubber(variables);
    VerifyResult result;
    try (StepLog log = StepLog.open(output, STEP, scrubber, console.err())) {
      try {
        int threshold = variables.coverageThreshold();
        Verify verify = new Verify(new ProcessRunner(scrubber), scrubber, log);
        result = verify.verify(Workspace.from(variables), output, threshold);
      } catch (BuildInputException e) {
        // The summary says why verify did not run, so the workflow reads a verdict either way.
        log.accept(e.getMessage());
        save(output, VerifyResult.notRun(scrubber.scrub(e.getMessage()), fallbackThreshold()));
        throw e;
      }
      result.reasons().forEach(log);
    }
    save(output, result);
    console.out().println(result.oneLine());
    return result.passed() ? ExitCode.OK : ExitCode.NOT_SUCCEEDED;
  }

  /** The threshold to record when verify did not run: the environment's, if it is valid. */
  private int fallbackThreshold() {
    try {
      return variables.coverageThreshold();
    } catch (BuildInputException e) {
      return (int) QualityGate.DEFAULT_THRESHOLD;
    }
  }

  private static void save(BuildOutput output, VerifyResult result) {
    BuildSummary.of(output).put(STEP, result.toJson()).save();
  }

  private static SecretScrubber scrubber(BuildVariables variables) {
    return SecretScrubber.of(
        List.of(
            variables.orDefault(BuildVariables.GITHUB_TOKEN, ""),
            variables.orDefault(BuildVariables.KIRO_API_KEY, "")));
  }
}
