package dev.kiroworker.worker.build;

import dev.kiroworker.handlers.scrub.SecretScrubber;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The environment variables the buildspec and the state machine hand to {@code kiro-worker build}
 * steps. Steps read their inputs from here rather than from command-line arguments, so the
 * buildspec's commands never interpolate an input into a shell string.
 *
 * <p>Values are read from an injected map (the process environment in production, a plain map in
 * tests) and checked on the way out: a number that is not a number, or a required value that is
 * missing, is a {@link BuildInputException} naming the variable.
 */
public final class BuildVariables {

  /** The repository to clone: an https URL on GitHub, or a local path in local mode. */
  public static final String REPOSITORY_URL = "KIRO_REPOSITORY_URL";

  /** The work item's feature branch. */
  public static final String BRANCH = "KIRO_BRANCH";

  /** The spec folder inside the repository; defaults to {@code .kiro/specs/<branch>}. */
  public static final String SPEC_PATH = "KIRO_SPEC_PATH";

  /** The board item being worked on, for the summary and log lines. */
  public static final String WORK_ITEM = "KIRO_WORK_ITEM";

  /** The deployment environment (test, staging, production, local). */
  public static final String ENVIRONMENT = "KIRO_ENVIRONMENT";

  /** The coverage threshold in percent, 0 to 100. */
  public static final String COVERAGE_THRESHOLD = "COVERAGE_THRESHOLD";

  /** The GitHub token used for git over https; a secret. */
  public static final String GITHUB_TOKEN = "GITHUB_TOKEN";

  /** The Kiro CLI's API key; a secret handed only to the agent. */
  public static final String KIRO_API_KEY = "KIRO_API_KEY";

  /** The folder the branch is cloned into. */
  public static final String WORKSPACE = "KIRO_WORKSPACE";

  /** The folder that collects the summary, logs, reports and diff (the build's artifacts). */
  public static final String OUTPUT_DIR = "KIRO_OUTPUT_DIR";

  /** Whether a local path or file: URL may be cloned (local mode and tests only). */
  public static final String ALLOW_LOCAL_REMOTE = "KIRO_ALLOW_LOCAL_REMOTE";

  /** How many open tasks one build may implement. */
  public static final String TASK_LIMIT = "KIRO_TASK_LIMIT";

  /** The time all agent runs of one build may take together, in minutes. */
  public static final String TIME_BUDGET_MINUTES = "KIRO_TIME_BUDGET_MINUTES";

  /** The hard timeout of one agent run, in minutes. */
  public static final String AGENT_TIMEOUT_MINUTES = "KIRO_AGENT_TIMEOUT_MINUTES";

  /** The agent command as a JSON array of strings; {@code {prompt}} marks the prompt argument. */
  public static final String AGENT_COMMAND = "KIRO_AGENT_COMMAND";

  /** The agent's preflight command as a JSON array of strings; an empty array skips it. */
  public static final String AGENT_PREFLIGHT = "KIRO_AGENT_PREFLIGHT";

  /** The hard timeout of the agent's preflight command, in seconds. */
  public static final String AGENT_PREFLIGHT_TIMEOUT_SECONDS =
      "KIRO_AGENT_PREFLIGHT_TIMEOUT_SECONDS";

  /** CodeBuild's build id, {@code project:uuid}; set by CodeBuild and by the local runner. */
  public static final String CODEBUILD_BUILD_ID = "CODEBUILD_BUILD_ID";

  /** CodeBuild's primary source folder; the default parent of the workspace and the output. */
  public static final String CODEBUILD_SRC_DIR = "CODEBUILD_SRC_DIR";

  private final Map<String, String> environment;

  public BuildVariables(Map<String, String> environment) {
    this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
  }

  /** Every variable, as given; for commands that read more than the build steps' variables. */
  public Map<String, String> all() {
    return environment;
  }

  /** The variables of this process. */
  public static BuildVariables fromProcess() {
    return new BuildVariables(System.getenv());
  }

  /** The value of {@code name}, absent when unset or blank. */
  public Optional<String> optional(String name) {
    String value = environment.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  /** The value of {@code name}, or {@code fallback} when unset or blank. */
  public String orDefault(String name, String fallback) {
    return optional(name).orElse(fallback);
  }

  /**
   * The value of {@code name}.
   *
   * @throws BuildInputException when it is unset or blank
   */
  public String required(String name) {
    return optional(name)
        .orElseThrow(
            () ->
                new BuildInputException(
                    "The environment variable " + name + " is not set; " + purpose(name)));
  }

  /**
   * The whole number in {@code name}, or {@code fallback} when unset.
   *
   * @throws BuildInputException when it is not a whole number from {@code min} to {@code max}
   */
  public int integer(String name, int fallback, int min, int max) {
    Optional<String> value = optional(name);
    if (value.isEmpty()) {
      return fallback;
    }
    int parsed;
    try {
      parsed = Integer.parseInt(value.get().trim());
    } catch (NumberFormatException e) {
      throw outOfRange(name, value.get(), min, max);
    }
    if (parsed < min || parsed > max) {
      throw outOfRange(name, value.get(), min, max);
    }
    return parsed;
  }

  /** A number of minutes in {@code name} as a duration; see {@link #integer}. */
  public Duration minutes(String name, int fallback, int min, int max) {
    return Duration.ofMinutes(integer(name, fallback, min, max));
  }

  /** Whether {@code name} is {@code true} (any case); anything else, or unset, is false. */
  public boolean flag(String name) {
    return optional(name).map(value -> value.trim().equalsIgnoreCase("true")).orElse(false);
  }

  /**
   * A scrubber that masks the values of the secrets among these variables (the GitHub token and the
   * Kiro API key) as well as anything shaped like a token.
   */
  public SecretScrubber scrubber() {
    List<String> secrets = new ArrayList<>();
    optional(GITHUB_TOKEN).ifPresent(secrets::add);
    optional(KIRO_API_KEY).ifPresent(secrets::add);
    return SecretScrubber.of(secrets);
  }

  /** The coverage threshold, 80 when unset. */
  public int coverageThreshold() {
    return integer(COVERAGE_THRESHOLD, 80, 0, 100);
  }

  private static BuildInputException outOfRange(String name, String value, int min, int max) {
    String shown = value.length() > 20 ? value.substring(0, 20) + "..." : value;
    return new BuildInputException(
        "The environment variable "
            + name
            + " must be a whole number from "
            + min
            + " to "
            + max
            + ", was '"
            + shown.replaceAll("\\p{Cntrl}", "?")
            + "'.");
  }

  private static String purpose(String name) {
    return switch (name) {
      case REPOSITORY_URL -> "set it to the repository's https clone URL.";
      case BRANCH -> "set it to the work item's feature branch.";
      case GITHUB_TOKEN -> "the buildspec reads it from Secrets Manager; check the secret's ARN.";
      default -> "the buildspec or the state machine should set it.";
    };
  }
}
