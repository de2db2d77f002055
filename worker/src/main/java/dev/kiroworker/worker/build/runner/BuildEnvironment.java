package dev.kiroworker.worker.build.runner;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The environment the first command starts with, and the secret values the log must hide. Later
 * sources win: this process's environment, then the buildspec's {@code variables}, its {@code
 * parameter-store} and {@code secrets-manager} values, then StartBuild's overrides (CodeBuild gives
 * the start-build call the highest precedence), and last CodeBuild's own {@code CODEBUILD_*}
 * variables, which nothing may set.
 */
record BuildEnvironment(Map<String, String> variables, Set<String> secretValues) {

  /** The name of the variable that tells post_build whether the build is still succeeding. */
  static final String SUCCEEDING = "CODEBUILD_BUILD_SUCCEEDING";

  /**
   * Resolves everything a build needs before it starts.
   *
   * @throws BuildspecException listing every override or secret that cannot be used
   */
  static BuildEnvironment prepare(
      Buildspec spec,
      List<EnvironmentOverride> overrides,
      SecretResolver resolver,
      Map<String, String> processEnvironment,
      BuildIdentity identity,
      Path sourceDirectory,
      Instant start) {
    List<String> problems = new ArrayList<>();
    Map<String, String> variables = new LinkedHashMap<>(processEnvironment);
    Set<String> secrets = new LinkedHashSet<>();
    variables.putAll(spec.variables());
    spec.parameterStore()
        .forEach((name, ref) -> secret(name, ref, false, resolver, variables, secrets, problems));
    spec.secretsManager()
        .forEach((name, ref) -> secret(name, ref, true, resolver, variables, secrets, problems));
    for (EnvironmentOverride override : overrides) {
      if (!BuildspecParser.VARIABLE_NAME.matcher(override.name()).matches()
          || override.name().startsWith("CODEBUILD_")) {
        problems.add(
            "override " + override.name() + ": not a valid name, or reserved (CODEBUILD_*)");
      } else if (override.isSecret()) {
        boolean manager = override.type() == EnvironmentOverride.Type.SECRETS_MANAGER;
        secret(override.name(), override.value(), manager, resolver, variables, secrets, problems);
      } else {
        variables.put(override.name(), override.value());
      }
    }
    if (!problems.isEmpty()) {
      throw BuildspecException.listing("the build cannot start; nothing was run:", problems);
    }
    variables.putAll(codebuildVariables(identity, sourceDirectory, start));
    return new BuildEnvironment(variables, secrets);
  }

  private static void secret(
      String name,
      String reference,
      boolean secretsManager,
      SecretResolver resolver,
      Map<String, String> variables,
      Set<String> secrets,
      List<String> problems) {
    resolver
        .resolve(name, reference, secretsManager)
        .ifPresentOrElse(
            value -> {
              variables.put(name, value);
              secrets.add(value);
            },
            () -> problems.add(SecretResolver.missing(name, reference)));
  }

  private static Map<String, String> codebuildVariables(
      BuildIdentity identity, Path sourceDirectory, Instant start) {
    Map<String, String> variables = new LinkedHashMap<>();
    variables.put("CODEBUILD_BUILD_ID", identity.id());
    variables.put("CODEBUILD_BUILD_ARN", identity.arn());
    variables.put("CODEBUILD_BUILD_NUMBER", Long.toString(identity.buildNumber()));
    variables.put("CODEBUILD_BUILD_IMAGE", "local");
    variables.put("CODEBUILD_INITIATOR", "kiro-worker/local");
    variables.put("CODEBUILD_LOG_PATH", identity.uuid());
    variables.put("CODEBUILD_SRC_DIR", sourceDirectory.toString());
    variables.put("CODEBUILD_START_TIME", Long.toString(start.toEpochMilli()));
    variables.put(SUCCEEDING, "1");
    return variables;
  }
}
