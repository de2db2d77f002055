package dev.kiroworker.worker.build.implement;

import dev.kiroworker.worker.build.tasks.Task;
import java.util.regex.Pattern;

/**
 * The prompt for one task. It is handed to the agent as a single argument, so task text is never
 * read by a shell; it is still cleaned of control characters (a NUL cannot be passed in an argument
 * at all) and kept well under Linux's 128 KiB limit for one argument.
 */
public final class TaskPrompt {

  /** The most characters of task details put in a prompt; the agent can read the rest itself. */
  static final int MAX_DETAILS = 32 * 1024;

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

  private TaskPrompt() {}

  /** The prompt for {@code task} of the spec in {@code specPath}. */
  public static String of(String specPath, Task task) {
    StringBuilder prompt = new StringBuilder();
    prompt
        .append("You are implementing one task of the Kiro spec in ")
        .append(specPath)
        .append("/.\n")
        .append("Read ")
        .append(specPath)
        .append("/requirements.md, ")
        .append(specPath)
        .append("/design.md and ")
        .append(specPath)
        .append("/tasks.md first.\n\n")
        .append("The task:\n")
        .append(task.id().isEmpty() ? "" : "Task " + task.id() + ": ")
        .append(clean(task.title()))
        .append('\n');
    String details = clean(String.join("\n", task.details()));
    if (!details.isEmpty()) {
      if (details.length() > MAX_DETAILS) {
        details =
            details.substring(0, MAX_DETAILS)
                + "\n[the details are longer; read the rest in tasks.md]";
      }
      prompt.append(details).append('\n');
    }
    prompt
        .append("\nRules:\n")
        .append("- Implement only this task; later tasks are run separately.\n")
        .append("- Keep the existing tests passing and add tests for the code you write.\n")
        .append("- Do not commit, push or switch branches; the worker commits your changes.\n")
        .append("- Do not edit ")
        .append(specPath)
        .append("/tasks.md or anything under .kiro/steering/; the worker ticks the task.\n");
    return prompt.toString();
  }

  private static String clean(String text) {
    return CONTROL.matcher(text).replaceAll(" ");
  }
}
