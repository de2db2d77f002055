package dev.kiroworker.worker.build.publish;

import dev.kiroworker.handlers.json.JsonMapper;
import dev.kiroworker.handlers.scrub.SecretScrubber;
import dev.kiroworker.worker.build.BuildInputException;
import dev.kiroworker.worker.build.BuildOutput;
import dev.kiroworker.worker.build.BuildVariables;
import dev.kiroworker.worker.build.StepLog;
import dev.kiroworker.worker.cli.Console;
import dev.kiroworker.worker.cli.ExitCode;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code kiro-worker build export-variables}: only writes {@code exported-variables.env} from the
 * summary, so the buildspec can call it in a {@code finally} block whatever step failed.
 */
@Command(
    name = "export-variables",
    description = {
      "Writes exported-variables.env from summary.json (for the buildspec's finally blocks).",
      "Exit 0 written, 3 summary.json unreadable (the defaults are written instead)."
    })
public final class ExportVariablesCommand implements Callable<Integer> {

  private static final String LOG = "export-variables";

  private final Console console;
  private final BuildVariables variables;

  public ExportVariablesCommand(Console console, BuildVariables variables) {
    this.console = Objects.requireNonNull(console, "console");
    this.variables = Objects.requireNonNull(variables, "variables");
  }

  @Override
  public Integer call() {
    BuildOutput output = BuildOutput.from(variables).create();
    SecretScrubber scrubber = SecretScrubber.patternsOnly();
    try (StepLog log = StepLog.open(output, LOG, scrubber, console.err())) {
      try {
        Publish.exportSummary(output, log);
        return ExitCode.OK;
      } catch (BuildInputException e) {
        // The state machine still needs the variables; the defaults say "nothing is known".
        log.accept(e.getMessage() + " Writing the default values instead.");
        Publish.export(output, JsonMapper.shared().createObjectNode(), log);
        return ExitCode.INVALID_INPUT;
      }
    }
  }
}
