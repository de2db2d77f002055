package dev.kiroworker.worker.build.implement;

import dev.kiroworker.worker.build.BuildInputException;
import dev.kiroworker.worker.build.BuildVariables;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The command that runs the coding agent on one task, as an argument list in which exactly one
 * element is {@value #PROMPT}: that element is replaced by the whole prompt, as one argument.
 *
 * <p>It comes only from the deployment ({@code KIRO_AGENT_COMMAND}), never from the repository
 * being worked on: the agent runs with the Kiro API key and may run any tool, so whoever chooses
 * the command could run anything with that key.
 */
public record AgentCommand(List<String> template) {

  /** The placeholder for the prompt. */
  public static final String PROMPT = "{prompt}";

  /** The Kiro CLI, headless, allowed to use its tools without asking. */
  public static final List<String> DEFAULT =
      List.of("kiro-cli", "chat", "--no-interactive", "--trust-all-tools", PROMPT);

  public AgentCommand {
    template = List.copyOf(Objects.requireNonNull(template, "template"));
    if (template.isEmpty()) {
      throw CommandArray.invalid(BuildVariables.AGENT_COMMAND, "it is empty");
    }
    if (template.getFirst().equals(PROMPT)) {
      throw CommandArray.invalid(
          BuildVariables.AGENT_COMMAND, "the first element is the executable, not " + PROMPT);
    }
    long prompts = template.stream().filter(PROMPT::equals).count();
    if (prompts != 1) {
      throw new BuildInputException(
          "The environment variable "
              + BuildVariables.AGENT_COMMAND
              + " must have exactly one element that is "
              + PROMPT
              + " (where the prompt goes), has "
              + prompts
              + ".");
    }
  }

  /**
   * The command in {@code KIRO_AGENT_COMMAND}, or {@link #DEFAULT} when it is unset.
   *
   * @throws BuildInputException when the value is not a valid command
   */
  public static AgentCommand from(BuildVariables variables) {
    return variables
        .optional(BuildVariables.AGENT_COMMAND)
        .map(json -> new AgentCommand(CommandArray.parse(BuildVariables.AGENT_COMMAND, json)))
        .orElseGet(() -> new AgentCommand(DEFAULT));
  }

  /** The arguments to run, the placeholder replaced by {@code prompt} whole. */
  public List<String> forPrompt(String prompt) {
    Objects.requireNonNull(prompt, "prompt");
    return template.stream().map(argument -> argument.equals(PROMPT) ? prompt : argument).toList();
  }

  /** The executable's file name without its folder, for the summary. */
  public String executableName() {
    Path name = Path.of(template.getFirst()).getFileName();
    return name == null ? template.getFirst() : name.toString();
  }
}
