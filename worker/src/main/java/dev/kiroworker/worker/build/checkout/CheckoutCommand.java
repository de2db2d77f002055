package dev.kiroworker.worker.build.checkout;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code kiro-worker build checkout}: clones the work item's branch into the workspace (or brings
 * an existing clone up to date), checks its spec, and records the commit in the build summary.
 */
@Command(
    name = "checkout",
    description = {
      "Clones KIRO_BRANCH of KIRO_REPOSITORY_URL into the workspace and checks its spec.",
      "Exit codes: 0 checked out, 1 git failed or the spec is incomplete, 3 invalid input."
    })
public final class CheckoutCommand implements Callable<Integer> {

  /** The summary section and log name of this step. */
  public static final String STEP = "checkout";

  private final Console console;
  private final BuildVariables variables;

  public CheckoutCommand(Console console, BuildVariables variables) {
    this.console = console;
    this.variables = variables;
  }

  @Override
  public Integer call() {
    BuildOutput output = BuildOutput.from(variables).create();
    SecretScrubber scrubber = variables.scrubber();
    CheckoutSettings settings =
        variables.flag(BuildVariables.ALLOW_LOCAL_REMOTE)
            ? CheckoutSettings.defaults().withLocalRemotes()
            : CheckoutSettings.defaults();
    try (StepLog log = StepLog.open(output, STEP, scrubber, console.err())) {
      CheckoutResult result;
      try {
        CheckoutRequest request = request();
        result =
            new Checkout(new ProcessRunner(scrubber), scrubber, settings, log).checkout(request);
      } catch (InvalidCheckoutInputException e) {
        throw new BuildInputException(e.getMessage(), e);
      } catch (CheckoutFailedException e) {
        log.accept("Checkout failed: " + e.getMessage());
        return ExitCode.NOT_SUCCEEDED;
      }
      BuildSummary.of(output).put(STEP, section(result)).save();
      log.accept("Checked out " + result.branch() + " at " + result.headSha() + ".");
      return ExitCode.OK;
    }
  }

  private CheckoutRequest request() {
    String branch = variables.required(BuildVariables.BRANCH);
    CheckoutRequest request =
        CheckoutRequest.of(
                variables.required(BuildVariables.REPOSITORY_URL),
                branch,
                Workspace.from(variables))
            .withToken(variables.optional(BuildVariables.GITHUB_TOKEN).orElse(null));
    return variables.optional(BuildVariables.SPEC_PATH).map(request::withSpecPath).orElse(request);
  }

  private static ObjectNode section(CheckoutResult result) {
    ObjectNode section = JsonNodeFactory.instance.objectNode();
    section.put("branch", result.branch());
    section.put("headSha", result.headSha());
    section.put("specPath", result.specPath());
    ArrayNode files = section.putArray("specFiles");
    result.specFiles().forEach(files::add);
    return section;
  }
}
