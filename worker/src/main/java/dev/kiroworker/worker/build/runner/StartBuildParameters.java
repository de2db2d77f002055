package dev.kiroworker.worker.build.runner;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.StatesException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The StartBuild parameters the local adapter honours: {@code ProjectName}, {@code
 * EnvironmentVariablesOverride} and {@code TimeoutInMinutesOverride}. A few that only matter to a
 * real CodeBuild are ignored; anything else is refused, so a workflow never relies on a setting the
 * local run silently dropped.
 */
record StartBuildParameters(
    String projectName, List<EnvironmentOverride> overrides, Optional<Duration> timeout) {

  /** The error name CodeBuild's API uses for a bad request. */
  static final String INVALID_INPUT = "CodeBuild.InvalidInputException";

  /** Parameters with no local meaning: idempotency, and the source version (the folder decides). */
  static final Set<String> IGNORED = Set.of("IdempotencyToken", "SourceVersion");

  /** CodeBuild's bounds on a build timeout, in minutes. */
  static final int MIN_TIMEOUT = 5;

  static final int MAX_TIMEOUT = 2160;

  private static final Set<String> SUPPORTED =
      Set.of("ProjectName", "EnvironmentVariablesOverride", "TimeoutInMinutesOverride");

  static StartBuildParameters from(JsonNode parameters) {
    List<String> problems = new ArrayList<>();
    parameters
        .fieldNames()
        .forEachRemaining(
            name -> {
              if (!SUPPORTED.contains(name) && !IGNORED.contains(name)) {
                problems.add(name + " is not supported by the local build runner");
              }
            });
    String project = parameters.path("ProjectName").asText("");
    if (!BuildIdentity.PROJECT_NAME.matcher(project).matches()) {
      problems.add("ProjectName must be a CodeBuild project name");
    }
    List<EnvironmentOverride> overrides = overrides(parameters, problems);
    Optional<Duration> timeout = Optional.empty();
    JsonNode minutes = parameters.path("TimeoutInMinutesOverride");
    if (!minutes.isMissingNode()) {
      if (minutes.canConvertToInt()
          && minutes.asInt() >= MIN_TIMEOUT
          && minutes.asInt() <= MAX_TIMEOUT) {
        timeout = Optional.of(Duration.ofMinutes(minutes.asInt()));
      } else {
        problems.add(
            "TimeoutInMinutesOverride must be a whole number from "
                + MIN_TIMEOUT
                + " to "
                + MAX_TIMEOUT);
      }
    }
    if (!problems.isEmpty()) {
      throw new StatesException(INVALID_INPUT, String.join("; ", problems));
    }
    return new StartBuildParameters(project, overrides, timeout);
  }

  private static List<EnvironmentOverride> overrides(JsonNode parameters, List<String> problems) {
    List<EnvironmentOverride> overrides = new ArrayList<>();
    JsonNode list = parameters.path("EnvironmentVariablesOverride");
    if (list.isMissingNode()) {
      return overrides;
    }
    if (!list.isArray()) {
      problems.add("EnvironmentVariablesOverride must be a list of {Name, Value, Type}");
      return overrides;
    }
    for (int i = 0; i < list.size(); i++) {
      JsonNode item = list.get(i);
      String at = "EnvironmentVariablesOverride[" + i + "]";
      if (!item.path("Name").isTextual() || !item.path("Value").isValueNode()) {
        problems.add(at + " needs a Name and a Value");
        continue;
      }
      String type = item.path("Type").asText("PLAINTEXT").toUpperCase(Locale.ROOT);
      try {
        overrides.add(
            new EnvironmentOverride(
                item.get("Name").asText(),
                item.get("Value").asText(),
                EnvironmentOverride.Type.valueOf(type)));
      } catch (IllegalArgumentException e) {
        problems.add(at + ".Type must be PLAINTEXT, PARAMETER_STORE or SECRETS_MANAGER");
      }
    }
    return overrides;
  }
}
