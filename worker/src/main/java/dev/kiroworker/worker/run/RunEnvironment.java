package dev.kiroworker.worker.run;

import dev.kiroworker.worker.build.BuildVariables;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The environment variables {@code run --local} reads, in one place: injected (the process's in
 * production, a plain map in tests) so nothing else calls {@code System.getenv}.
 */
record RunEnvironment(Map<String, String> variables) {

  static final String GITHUB_TOKEN = BuildVariables.GITHUB_TOKEN;
  static final String KIRO_API_KEY = BuildVariables.KIRO_API_KEY;
  static final String GITHUB_API_URL = "GITHUB_API_URL";
  static final String AWS_ENDPOINT_URL = "AWS_ENDPOINT_URL";

  RunEnvironment {
    variables = Map.copyOf(Objects.requireNonNull(variables, "variables"));
  }

  /** The value of {@code name}, empty when unset or blank. */
  Optional<String> optional(String name) {
    String value = variables.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  /**
   * The variable that says where {@code service}'s calls go, if one is set: {@code
   * AWS_ENDPOINT_URL_<SERVICE>}, else {@code AWS_ENDPOINT_URL}, as the AWS SDKs resolve them.
   */
  Optional<String> endpointVariable(String service) {
    String specific = AWS_ENDPOINT_URL + "_" + service;
    if (optional(specific).isPresent()) {
      return Optional.of(specific);
    }
    return optional(AWS_ENDPOINT_URL).map(value -> AWS_ENDPOINT_URL);
  }
}
