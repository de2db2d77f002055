package dev.kiroworker.worker.build.implement;

import dev.kiroworker.worker.build.process.ProcessCommand;
import dev.kiroworker.worker.build.process.ProcessResult;
import dev.kiroworker.worker.build.process.ProcessRunner;
import dev.kiroworker.worker.build.process.ProcessStartException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs the preflight ({@code kiro-cli whoami} by default) in the clone with the agent's environment
 * and a short hard timeout, and says in plain words why the agent cannot be used when it fails.
 */
final class Preflight {

  /** How much of the preflight's output a failure message repeats. */
  static final int TAIL = 300;

  private final ProcessRunner runner;
  private final Consumer<String> log;

  Preflight(ProcessRunner runner, Consumer<String> log) {
    this.runner = runner;
    this.log = log;
  }

  PreflightResult run(
      PreflightCommand preflight, Path clone, Map<String, String> environment, Duration timeout) {
    if (preflight.disabled()) {
      log.accept("preflight: turned off (KIRO_AGENT_PREFLIGHT is [])");
      return PreflightResult.skipped();
    }
    log.accept("$ " + preflight.display());
    ProcessCommand command =
        new ProcessCommand(preflight.arguments(), clone, environment, timeout)
            .withoutVariables(AgentEnvironment.notInherited(environment));
    ProcessResult result;
    try {
      result = runner.run(command, log);
    } catch (ProcessStartException e) {
      return new PreflightResult(true, -1, "the agent cannot be started: " + e.getMessage());
    }
    if (result.succeeded()) {
      return new PreflightResult(true, 0, null);
    }
    String ended =
        result.timedOut()
            ? "did not answer within " + timeout.toSeconds() + " s"
            : "exited " + result.exitCode();
    return new PreflightResult(
        true,
        result.exitCode(),
        "the agent is not signed in or its API key was refused: "
            + preflight.display()
            + " "
            + ended
            + tail(result.output()));
  }

  static String tail(String output) {
    String text = output.strip().replaceAll("\\s*\\R\\s*", " / ");
    if (text.isEmpty()) {
      return "";
    }
    return ": " + (text.length() > TAIL ? "..." + text.substring(text.length() - TAIL) : text);
  }
}
