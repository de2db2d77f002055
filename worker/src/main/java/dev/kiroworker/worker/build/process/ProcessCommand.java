package dev.kiroworker.worker.build.process;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One command to run: an argument list (never a shell string), the folder to run it in, the
 * variables added to the inherited environment, the inherited variables withheld from it, and the
 * hard timeout.
 *
 * <p>The environment is added to, not replaced: git and the Kiro CLI need {@code PATH} and {@code
 * HOME} from the build image, and a variable given here wins over an inherited one of that name.
 * Secrets the child must not see (the agent must not get the GitHub token) are named in {@code
 * withheld} and removed from what it inherits.
 */
public record ProcessCommand(
    List<String> arguments,
    Path workingDirectory,
    Map<String, String> environment,
    Duration timeout,
    Set<String> withheld) {

  public ProcessCommand {
    Objects.requireNonNull(arguments, "arguments");
    Objects.requireNonNull(workingDirectory, "workingDirectory");
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(withheld, "withheld");
    arguments = List.copyOf(arguments);
    environment = Map.copyOf(environment);
    withheld = Set.copyOf(withheld);
    for (String name : withheld) {
      if (environment.containsKey(name)) {
        throw new IllegalArgumentException(
            "the variable " + name + " is both set and withheld; do one or the other");
      }
    }
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

  /** A command that inherits the whole environment and adds {@code environment} to it. */
  public ProcessCommand(
      List<String> arguments,
      Path workingDirectory,
      Map<String, String> environment,
      Duration timeout) {
    this(arguments, workingDirectory, environment, timeout, Set.of());
  }

  /** A command with no extra environment. */
  public static ProcessCommand of(Path workingDirectory, Duration timeout, String... arguments) {
    return new ProcessCommand(List.of(arguments), workingDirectory, Map.of(), timeout);
  }

  /** A copy that also sets {@code environment} in the child process. */
  public ProcessCommand withEnvironment(Map<String, String> environment) {
    return new ProcessCommand(arguments, workingDirectory, environment, timeout, withheld);
  }

  /** A copy that also removes each of {@code names} from the environment the child inherits. */
  public ProcessCommand withoutVariables(Set<String> names) {
    Set<String> all = new HashSet<>(withheld);
    all.addAll(names);
    return new ProcessCommand(arguments, workingDirectory, environment, timeout, all);
  }

  /** The program to start. */
  public String executable() {
    return arguments.getFirst();
  }
}
