package dev.kiroworker.worker.build.implement;

import dev.kiroworker.worker.build.BuildInputException;
import dev.kiroworker.worker.build.BuildVariables;
import dev.kiroworker.worker.build.checkout.InvalidCheckoutInputException;
import dev.kiroworker.worker.build.checkout.SpecPath;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How {@code implement} runs: the agent and its preflight, the limits, and the spec it works on.
 *
 * @param specPath the spec folder in the clone, {@code .kiro/specs/<name>}
 * @param taskLimit how many tasks one build may implement
 * @param timeBudget how long all agent runs of one build may take together
 * @param agentTimeout the hard timeout of one agent run; cut to what is left of the budget
 * @param preflightTimeout the hard timeout of the preflight
 */
public record ImplementSettings(
    AgentCommand agent,
    PreflightCommand preflight,
    String specPath,
    int taskLimit,
    Duration timeBudget,
    Duration agentTimeout,
    Duration preflightTimeout) {

  public ImplementSettings {
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(preflight, "preflight");
    Objects.requireNonNull(specPath, "specPath");
    requirePositive(timeBudget, "time budget");
    requirePositive(agentTimeout, "agent timeout");
    requirePositive(preflightTimeout, "preflight timeout");
    if (taskLimit < 1) {
      throw new IllegalArgumentException("the task limit must be at least 1, was " + taskLimit);
    }
  }

  /**
   * The settings in {@code variables}, each checked, with the documented defaults.
   *
   * @throws BuildInputException naming the first variable that is invalid
   */
  public static ImplementSettings from(BuildVariables variables) {
    return new ImplementSettings(
        AgentCommand.from(variables),
        PreflightCommand.from(variables),
        specPath(variables),
        variables.integer(BuildVariables.TASK_LIMIT, 5, 1, 100),
        variables.minutes(BuildVariables.TIME_BUDGET_MINUTES, 60, 1, 480),
        variables.minutes(BuildVariables.AGENT_TIMEOUT_MINUTES, 20, 1, 240),
        Duration.ofSeconds(
            variables.integer(BuildVariables.AGENT_PREFLIGHT_TIMEOUT_SECONDS, 60, 1, 600)));
  }

  /**
   * The scope of the commit subjects: the spec folder's name in lower case, each run of other
   * characters than letters, digits and '-' made one '-', as a conventional-commit scope must be.
   */
  public String specName() {
    String folder = specPath.substring(specPath.lastIndexOf('/') + 1);
    String name =
        folder
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9-]+", "-")
            .replaceAll("-{2,}", "-")
            .replaceAll("^-+|-+$", "");
    name = name.length() > 64 ? name.substring(0, 64).replaceAll("-+$", "") : name;
    return name.isEmpty() ? "spec" : name;
  }

  private static String specPath(BuildVariables variables) {
    try {
      return variables
          .optional(BuildVariables.SPEC_PATH)
          .map(SpecPath::check)
          .orElseGet(() -> SpecPath.forBranch(variables.required(BuildVariables.BRANCH)));
    } catch (InvalidCheckoutInputException e) {
      // The checkout package's refusal is an input error here too, with the same message.
      throw new BuildInputException(e.getMessage(), e);
    }
  }

  private static void requirePositive(Duration duration, String what) {
    if (Objects.requireNonNull(duration, what).isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("the " + what + " must be positive, was " + duration);
    }
  }
}
