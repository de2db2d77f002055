package dev.kiroworker.worker.build.checkout;

import dev.kiroworker.handlers.scrub.SecretScrubber;
import dev.kiroworker.worker.build.git.GitFailure;
import dev.kiroworker.worker.build.process.ProcessCommand;
import dev.kiroworker.worker.build.process.ProcessResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Runs the git commands of one checkout with its environment, timeout and scrubbed log. */
final class GitSession {

  private final GitCommands commands;
  private final Map<String, String> environment;
  private final Duration timeout;
  private final SecretScrubber scrubber;
  private final Consumer<String> log;

  GitSession(
      GitCommands commands,
      Map<String, String> environment,
      Duration timeout,
      SecretScrubber scrubber,
      Consumer<String> log) {
    this.commands = commands;
    this.environment = environment;
    this.timeout = timeout;
    this.scrubber = scrubber;
    this.log = log;
  }

  /** Runs {@code git <arguments>} in {@code folder} and returns how it ended. */
  ProcessResult run(Path folder, String... arguments) {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(arguments));
    log.accept(scrubber.scrub("$ " + String.join(" ", command)));
    ProcessCommand process = new ProcessCommand(command, folder, environment, timeout);
    return commands.run(process, line -> log.accept(scrubber.scrub(line)));
  }

  /** Runs {@code git <arguments>} and fails the checkout with {@code failure} if it fails. */
  ProcessResult require(String failure, Path folder, String... arguments) {
    ProcessResult result = run(folder, arguments);
    if (!result.succeeded()) {
      throw new CheckoutFailedException(
          failure + " " + GitFailure.reason(result, timeout, scrubber));
    }
    return result;
  }
}
