package dev.kiroworker.worker.build.implement;

import dev.kiroworker.worker.build.BuildVariables;
import java.util.List;
import java.util.Objects;

/**
 * The command that checks the agent can work before any task is given to it, such as {@code
 * kiro-cli whoami}: the Kiro CLI exits 0 on a refused key and waits forever without one, so a task
 * run alone cannot tell a bad key from a task it could not do. An empty command skips the check.
 */
public record PreflightCommand(List<String> arguments) {

  /** Asks the Kiro CLI who is signed in; it fails when the API key is missing or refused. */
  public static final List<String> DEFAULT = List.of("kiro-cli", "whoami");

  public PreflightCommand {
    arguments = List.copyOf(Objects.requireNonNull(arguments, "arguments"));
    if (arguments.contains(AgentCommand.PROMPT)) {
      throw CommandArray.invalid(
          BuildVariables.AGENT_PREFLIGHT, "the preflight takes no " + AgentCommand.PROMPT);
    }
  }

  /** The command in {@code KIRO_AGENT_PREFLIGHT}, or {@link #DEFAULT} when it is unset. */
  public static PreflightCommand from(BuildVariables variables) {
    return variables
        .optional(BuildVariables.AGENT_PREFLIGHT)
        .map(json -> new PreflightCommand(CommandArray.parse(BuildVariables.AGENT_PREFLIGHT, json)))
        .orElseGet(() -> new PreflightCommand(DEFAULT));
  }

  /** Whether the check is turned off ({@code []}). */
  public boolean disabled() {
    return arguments.isEmpty();
  }

  /** The command as a person would type it, for messages. */
  public String display() {
    return String.join(" ", arguments);
  }
}
