package dev.kiroworker.worker.run;

import dev.kiroworker.worker.build.BuildInputException;
import dev.kiroworker.worker.build.BuildVariables;
import dev.kiroworker.worker.build.implement.AgentCommand;
import dev.kiroworker.worker.build.implement.PreflightCommand;
import dev.kiroworker.worker.cli.InvalidInputException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The agent a local run's builds use, as build project variables: the command and preflight given
 * (else the buildspec's defaults, the Kiro CLI), checked before anything runs, and never installed
 * by the build, since on a laptop it is the user's own.
 *
 * @param command the agent command as a JSON array, or null for the default
 * @param preflight the preflight as a JSON array, or null for the default
 */
record LocalAgent(String command, String preflight) {

  /**
   * The project variables for this agent.
   *
   * @param path the PATH the build will search for the agent
   * @throws InvalidInputException when a command is not a valid JSON array, or its program cannot
   *     be found
   */
  Map<String, String> projectVariables(String path) {
    Map<String, String> variables = new LinkedHashMap<>();
    variables.put("KIRO_INSTALL_AGENT", "false");
    Optional.ofNullable(command)
        .ifPresent(json -> variables.put(BuildVariables.AGENT_COMMAND, json));
    Optional.ofNullable(preflight)
        .ifPresent(json -> variables.put(BuildVariables.AGENT_PREFLIGHT, json));
    List<String> agent = parsed(variables).template();
    requireFound(agent.getFirst(), path);
    return variables;
  }

  private static AgentCommand parsed(Map<String, String> variables) {
    BuildVariables build = new BuildVariables(variables);
    try {
      PreflightCommand.from(build);
      return AgentCommand.from(build);
    } catch (BuildInputException e) {
      throw new InvalidInputException(
          e.getMessage() + " (from --agent-command / --agent-preflight or the environment)");
    }
  }

  private static void requireFound(String program, String path) {
    if (program.contains("/")) {
      if (Files.isExecutable(Path.of(program))) {
        return;
      }
    } else if (onPath(program, path)) {
      return;
    }
    throw new InvalidInputException(
        "the agent '"
            + program
            + "' is not an executable on PATH: install the Kiro CLI and sign in (kiro-cli login),"
            + " or name another agent with --agent-command");
  }

  private static boolean onPath(String program, String path) {
    if (path == null) {
      return false;
    }
    for (String folder : path.split(File.pathSeparator)) {
      if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, program))) {
        return true;
      }
    }
    return false;
  }
}
