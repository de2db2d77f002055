package dev.kiroworker.worker.build.runner;

import dev.kiroworker.worker.build.process.ProcessResult;
import dev.kiroworker.worker.build.process.ProcessStartException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs one phase: its commands in order up to the first that fails, then its {@code finally}
 * commands whether or not a command failed. A failing {@code finally} command fails the phase too.
 * Every command gets what is left of the build's overall timeout; when that runs out, the running
 * command's process tree is killed and the phase is TIMED_OUT (its {@code finally} does not run).
 */
final class PhaseRunner {

  private final ShellSession session;
  private final BuildLog log;
  private final Clock clock;
  private final Instant deadline;

  PhaseRunner(ShellSession session, BuildLog log, Clock clock, Instant deadline) {
    this.session = session;
    this.log = log;
    this.clock = clock;
    this.deadline = deadline;
  }

  PhaseResult run(BuildspecPhase phase) {
    Instant start = clock.instant();
    log.container("Entering phase " + phase.type());
    List<PhaseContext> contexts = new ArrayList<>();
    BuildStatus status = commands(phase.commands(), contexts);
    if (status == BuildStatus.SUCCEEDED || status == BuildStatus.FAILED) {
      BuildStatus afterFinally = commands(phase.finallyCommands(), contexts);
      if (afterFinally != BuildStatus.SUCCEEDED) {
        status = afterFinally;
      }
    }
    log.container("Phase complete: " + phase.type() + " State: " + status);
    contexts.forEach(
        context ->
            log.container(
                "Phase context status code: "
                    + context.statusCode()
                    + " Message: "
                    + context.message()));
    return new PhaseResult(phase.type().name(), status, start, clock.instant(), contexts);
  }

  private BuildStatus commands(List<String> commands, List<PhaseContext> contexts) {
    for (String command : commands) {
      Optional<PhaseContext> failure = command(command);
      if (failure.isPresent()) {
        contexts.add(failure.get());
        return switch (failure.get().statusCode()) {
          case "BUILD_TIMED_OUT" -> BuildStatus.TIMED_OUT;
          case "COMMAND_EXECUTION_ERROR" -> BuildStatus.FAILED;
          default -> BuildStatus.FAULT;
        };
      }
    }
    return BuildStatus.SUCCEEDED;
  }

  private Optional<PhaseContext> command(String command) {
    Duration left = Duration.between(clock.instant(), deadline);
    if (left.isNegative() || left.isZero()) {
      return Optional.of(timedOut(command));
    }
    log.container("Running command " + command);
    ProcessResult result;
    try {
      result = session.run(command, left, log::line);
    } catch (ProcessStartException e) {
      return Optional.of(new PhaseContext("CLIENT_ERROR", e.getMessage()));
    }
    if (result.timedOut()) {
      return Optional.of(timedOut(command));
    }
    if (result.exitCode() != 0) {
      return Optional.of(
          new PhaseContext(
              "COMMAND_EXECUTION_ERROR",
              "Error while executing command: "
                  + command
                  + ". Reason: exit status "
                  + result.exitCode()));
    }
    return Optional.empty();
  }

  private static PhaseContext timedOut(String command) {
    return new PhaseContext(
        "BUILD_TIMED_OUT", "The build timed out while running command: " + command);
  }
}
