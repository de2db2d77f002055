package dev.kiroworker.worker.build.process;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One command to run: an argument list (never a shell string), the folder to run it in, the
 * variables added to the inherited environment, and the hard timeout.
 *
 * <p>The environment is added to, not replaced: git and the Kiro CLI need {@code PATH} and {@code
 * HOME} from the build image, and a variable given here wins over an inherited one of that name.
 */
public record ProcessCommand(
    List<String> arguments,
    Path workingDirectory,
    Map<String, String> environment,
    Duration timeout) {

  public ProcessCommand {
    Objects.requireNonNull(arguments, "arguments");
    Objects.requireNonNull(workingDirectory, "workingDirectory");
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(timeout, "timeout");
    arguments = List.copyOf(arguments);
    environment = Map.copyOf(environment);
    if (arguments.isEmpty()) {
      throw new IllegalArgumentException(
          "the command has no arguments; give the executable first, then its arguments");
    }
    if (arguments.getFirst().isBlank()) {
      throw new IllegalArgumentException(
          "the executable (first argument) is blank; give its name or path");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("the timeout must be positive, was " + timeout);
    }
  }

  /** A command with no extra environment. */
  public static ProcessCommand of(Path workingDirectory, Duration timeout, String... arguments) {
    return new ProcessCommand(List.of(arguments), workingDirectory, Map.of(), timeout);
  }

  /** A copy that also sets {@code environment} in the child process. */
  public ProcessCommand withEnvironment(Map<String, String> environment) {
    return new ProcessCommand(arguments, workingDirectory, environment, timeout);
  }

  /** The program to start. */
  public String executable() {
    return arguments.getFirst();
  }
}
