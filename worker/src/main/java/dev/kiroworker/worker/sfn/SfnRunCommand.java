package dev.kiroworker.worker.sfn;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.ExecutionOptions;
import dev.kiroworker.statemachine.ExecutionResult;
import dev.kiroworker.statemachine.StateMachine;
import dev.kiroworker.statemachine.TaskMockSource;
import dev.kiroworker.statemachine.json.Json;
import dev.kiroworker.worker.cli.Console;
import dev.kiroworker.worker.cli.ExitCode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kiro-worker sfn run}: runs one execution of a definition on the local engine. */
@Command(
    name = "run",
    description = {
      "Runs a state machine definition on the local engine and prints how the execution ended"
          + " as one JSON line on stdout: {\"status\",\"output\",\"error\",\"cause\"}.",
      "Progress (states entered and exited, failures) goes to stderr.",
      "Task states are mocked with --mock-config; other Task states have no handler yet and"
          + " fail with States.Runtime."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the execution succeeded",
      "1:the execution failed or timed out",
      "2:usage error: an unknown, missing or conflicting option",
      "3:invalid input: a file cannot be read or written, or is not valid JSON, a valid"
          + " definition or a valid mock config"
    })
public final class SfnRunCommand implements Callable<Integer> {

  /** Where virtual time starts, fixed so that two runs write the same history. */
  static final Instant VIRTUAL_CLOCK_START = Instant.parse("2026-01-01T00:00:00Z");

  // Fixed with the virtual clock for the same reason: generated names and retry jitter repeat.
  private static final long VIRTUAL_RANDOM_SEED = 0;

  @Spec private CommandSpec spec;

  @Option(
      names = "--definition",
      required = true,
      paramLabel = "FILE",
      description = "The Amazon States Language definition (JSON) to run.")
  private Path definition;

  @Option(
      names = "--input",
      paramLabel = "FILE|-",
      description = "The execution input, a JSON file; - reads it from stdin. Default: {}.")
  private Path input;

  @Option(
      names = "--mock-config",
      paramLabel = "FILE",
      description =
          "A Step Functions Local mock config whose test case scripts the Task states' results;"
              + " needs --state-machine-name and --test-case.")
  private Path mockConfig;

  @Option(
      names = "--state-machine-name",
      paramLabel = "NAME",
      description =
          "The state machine's name: in the execution ARN, and where the mock config looks for"
              + " the test case. Default: LocalStateMachine.")
  private String stateMachineName;

  @Option(
      names = "--test-case",
      paramLabel = "NAME",
      description = "The mock config test case to run; needs --mock-config.")
  private String testCase;

  @Option(
      names = "--virtual-clock",
      description =
          "Run on virtual time starting at 2026-01-01T00:00:00Z: Wait states and retry delays"
              + " pass instantly but show in the history's timestamps. Also fixes the random"
              + " seed, so the generated execution name and retry jitter repeat.")
  private boolean virtualClock;

  @Option(
      names = "--history",
      paramLabel = "FILE",
      description = "Also write the execution history, {\"events\":[...]}, to this file.")
  private Path history;

  @Option(
      names = "--execution-name",
      paramLabel = "NAME",
      description = "The execution's name. Default: a generated UUID.")
  private String executionName;

  private final Console console;

  SfnRunCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    requireMockOptionsTogether();
    SfnInputs inputs = new SfnInputs(console.in());
    StateMachine machine = inputs.machine(definition);
    JsonNode executionInput = inputs.input(input);
    TaskMockSource mocks =
        mockConfig == null
            ? TaskMockSource.NONE
            : inputs.mocks(mockConfig, stateMachineName, testCase);
    ProgressLog progress = new ProgressLog(console.err());
    ExecutionOptions options = options(mocks, progress);
    progress.started(definition, options);
    ExecutionResult result = machine.execute(executionInput, options);
    progress.finished(result);
    if (history != null) {
      HistoryFile.write(history, result.history());
    }
    console.out().println(Json.write(result.summary()));
    return result.succeeded() ? ExitCode.OK : ExitCode.NOT_SUCCEEDED;
  }

  private void requireMockOptionsTogether() {
    if (mockConfig != null && (stateMachineName == null || testCase == null)) {
      throw usage(
          "--mock-config needs --state-machine-name and --test-case, which pick the test case"
              + " in the file");
    }
    if (mockConfig == null && testCase != null) {
      throw usage("--test-case needs --mock-config, the file that holds the test case");
    }
  }

  private ExecutionOptions options(TaskMockSource mocks, ProgressLog progress) {
    ExecutionOptions.Builder builder =
        ExecutionOptions.builder()
            .executionName(executionName)
            .mocks(mocks)
            .onEvent(progress::event);
    if (stateMachineName != null) {
      builder.stateMachineName(stateMachineName);
    }
    if (virtualClock) {
      builder.virtualClock(VIRTUAL_CLOCK_START).random(new Random(VIRTUAL_RANDOM_SEED));
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      // A name AWS would reject, e.g. with a space: the command line is what needs fixing.
      throw usage(e.getMessage());
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
