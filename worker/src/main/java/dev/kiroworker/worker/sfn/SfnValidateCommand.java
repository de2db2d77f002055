package dev.kiroworker.worker.sfn;

import dev.kiroworker.statemachine.StateMachine;
import dev.kiroworker.statemachine.validation.Problem;
import dev.kiroworker.worker.cli.Console;
import dev.kiroworker.worker.cli.ExitCode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kiro-worker sfn validate}: checks a definition without running it. */
@Command(
    name = "validate",
    description = {
      "Checks a state machine definition and prints every problem on stdout, one per line as"
          + " 'location: message', or one OK line when there is none."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the definition is valid",
      "2:usage error: an unknown or missing option",
      "3:the definition has problems, or cannot be read"
    })
public final class SfnValidateCommand implements Callable<Integer> {

  @Option(
      names = "--definition",
      required = true,
      paramLabel = "FILE",
      description = "The Amazon States Language definition (JSON) to check.")
  private Path definition;

  private final Console console;

  SfnValidateCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    String text = new SfnInputs(console.in()).text("definition", definition);
    List<Problem> problems = StateMachine.validate(text);
    if (problems.isEmpty()) {
      console.out().println(definition + ": OK");
      return ExitCode.OK;
    }
    problems.forEach(
        problem -> console.out().println(problem.location() + ": " + problem.message()));
    console
        .err()
        .printf(
            "sfn validate: %s has %s; fix the definition and validate again%n",
            definition, SfnInputs.count(problems.size()));
    return ExitCode.INVALID_INPUT;
  }
}
