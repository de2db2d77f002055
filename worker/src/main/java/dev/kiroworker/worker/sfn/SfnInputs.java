package dev.kiroworker.worker.sfn;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.InvalidDefinitionException;
import dev.kiroworker.statemachine.StateMachine;
import dev.kiroworker.statemachine.TaskMockSource;
import dev.kiroworker.statemachine.json.Json;
import dev.kiroworker.statemachine.mock.InvalidMockConfigException;
import dev.kiroworker.statemachine.mock.MockConfig;
import dev.kiroworker.worker.cli.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns the files an {@code sfn} command is given into what the engine takes. Anything unreadable
 * or invalid becomes an {@link InvalidInputException} naming the file and every problem found.
 */
final class SfnInputs {

  /** The {@code --input} value that means standard input. */
  static final Path STDIN = Path.of("-");

  private final InputStream stdin;

  SfnInputs(InputStream stdin) {
    this.stdin = stdin;
  }

  /** The text of a file; {@code what} names it in messages ("definition", "input"). */
  String text(String what, Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw InvalidInputException.unreadable(what, file, e);
    }
  }

  /** A definition, validated and ready to run. */
  StateMachine machine(Path definition) {
    try {
      return StateMachine.parse(text("definition", definition));
    } catch (InvalidDefinitionException e) {
      throw invalidDefinition(definition, e);
    }
  }

  /** The message for a definition that fails validation, listing every problem. */
  static InvalidInputException invalidDefinition(Path definition, InvalidDefinitionException e) {
    return InvalidInputException.listing(
        "the definition %s is invalid (%s); fix it and run again:"
            .formatted(definition, count(e.problems().size())),
        e.problems());
  }

  /** The execution input: {@code {}} without a file, standard input for {@code -}. */
  JsonNode input(Path file) {
    if (file == null) {
      return Json.object();
    }
    boolean fromStdin = file.equals(STDIN);
    String source = fromStdin ? "the input on standard input" : "the input " + file;
    JsonNode input;
    try {
      input = Json.parse(fromStdin ? readStdin() : text("input", file));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(source + " is " + e.getMessage() + "; fix it and run again");
    }
    if (input.isMissingNode()) {
      throw new InvalidInputException(source + " is empty; give a JSON value such as {}");
    }
    return input;
  }

  /** The scripted Task results of one test case in a Step Functions Local mock config. */
  TaskMockSource mocks(Path config, String stateMachineName, String testCase) {
    MockConfig mocks;
    try {
      mocks = MockConfig.read(config);
    } catch (UncheckedIOException e) {
      throw InvalidInputException.unreadable("mock config", config, e.getCause());
    } catch (InvalidMockConfigException e) {
      throw InvalidInputException.listing(
          "the mock config %s is invalid (%s); fix it and run again:"
              .formatted(config, count(e.problems().size())),
          e.problems());
    }
    try {
      return TaskMockSource.from(mocks.testCase(stateMachineName, testCase));
    } catch (IllegalArgumentException e) {
      // The message names the state machines or test cases the file does have.
      throw new InvalidInputException("mock config " + config + ": " + e.getMessage());
    }
  }

  private String readStdin() {
    try {
      return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw InvalidInputException.unreadable("input", STDIN, e);
    }
  }

  static String count(int problems) {
    return problems == 1 ? "1 problem" : problems + " problems";
  }
}
