package dev.kiroworker.worker.build.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What commands see: variables, precedence, shell state across commands, secrets, exports. */
class BuildEnvironmentTest {

  private static final String TOKEN = "ghp_" + "0123456789abcdefghijABCDEFGHIJ012345";
  private static final String WHOLE = "whole-secret-value-7f3a";
  private static final String PARAMETER = "parameter-value-91c2";

  @TempDir Path temp;

  @Test
  void run_givesOverridesPrecedenceOverTheBuildspecAndSetsCodeBuildsVariables() {
    LocalBuild build = LocalBuild.of(temp, "variables.yml");

    LocalBuildResult result =
        build.run(
            request ->
                request
                    .projectName("kiro-worker")
                    .buildNumber(7)
                    .override(EnvironmentOverride.plaintext("OVERRIDDEN", "override")));

    // CodeBuild does not expand variables in env.variables: the value is literal.
    assertThat(build.read("vars.txt")).isEqualTo("spec|override|$PATH:/extra");
    assertThat(build.read("codebuild.txt"))
        .isEqualTo(result.buildId() + "|" + build.source.toAbsolutePath() + "|7|1");
    assertThat(result.buildId()).matches("kiro-worker:[0-9a-f-]{36}");
    assertThat(build.read("arn.txt"))
        .startsWith("arn:aws:codebuild:")
        .endsWith(":000000000000:build/" + result.buildId());
  }

  @Test
  void run_carriesTheWorkingFolderAndVariablesAcrossCommandsAndPhases() {
    LocalBuild build = LocalBuild.of(temp, "shell-state.yml").withProcessVariable("HOME", "/home");

    LocalBuildResult result = build.run();

    assertThat(result.status()).isEqualTo(BuildStatus.SUCCEEDED);
    assertThat(build.read("pwd.txt"))
        .isEqualTo(build.source.toAbsolutePath().resolve("sub/deeper").toString());
    assertThat(build.read("vars.txt")).isEqualTo("exported-value|plain value|home=unset");
  }

  @Test
  void run_exportsVariablesAsTheyAreAtTheEndOfTheBuild() {
    LocalBuild build = LocalBuild.of(temp, "exported.yml");

    LocalBuildResult result = build.run();

    assertThat(result.exportedVariables())
        .containsExactly(
            Map.entry("EARLY", "early"), Map.entry("LATE", "late"), Map.entry("NEVER_SET", ""));
  }

  @Test
  void run_resolvesSecretsAndScrubsThemFromTheLog() throws Exception {
    LocalBuild build =
        LocalBuild.of(temp, "secrets.yml").withProcessVariable("FROM_PARAMETER", PARAMETER);

    LocalBuildResult result =
        build.run(
            request ->
                request.secrets(
                    Map.of(
                        "arn:aws:secretsmanager:eu-west-1:123456789012:secret:kiro-github-AbCdEf",
                        "{\"token\":\"" + TOKEN + "\"}",
                        "kiro-whole",
                        WHOLE)));

    assertThat(result.status()).isEqualTo(BuildStatus.SUCCEEDED);
    assertThat(build.read("resolved.txt")).isEqualTo(TOKEN + "|" + WHOLE + "|" + PARAMETER);
    assertThat(build.log())
        .contains("token is *** and *** and ***")
        .doesNotContain(TOKEN)
        .doesNotContain(WHOLE)
        .doesNotContain(PARAMETER);
    assertThat(String.join("\n", build.lines)).doesNotContain(WHOLE).doesNotContain(PARAMETER);
    assertThat(Files.readString(build.output.resolve("build.json")))
        .doesNotContain(WHOLE)
        .doesNotContain(PARAMETER);
  }

  @Test
  void run_whenASecretHasNoValue_refusesBeforeAnyCommandRuns() {
    LocalBuild build = LocalBuild.of(temp, "missing-secret.yml");

    assertThatThrownBy(build::run)
        .isInstanceOf(BuildspecException.class)
        .hasMessageContaining("KIRO_RUNNER_TEST_MISSING")
        .hasMessageContaining("kiro/missing-secret:key")
        .hasMessageContaining("nothing was run");
    assertThat(build.exists("ran.txt")).isFalse();
    assertThat(build.output).doesNotExist();
  }

  @Test
  void run_whenASecretOverrideHasNoValue_refusesBeforeAnyCommandRuns() {
    LocalBuild build = LocalBuild.of(temp, "all-phases.yml");

    assertThatThrownBy(
            () ->
                build.run(
                    request ->
                        request
                            .override(
                                new EnvironmentOverride(
                                    "API_KEY",
                                    "kiro/api-key",
                                    EnvironmentOverride.Type.PARAMETER_STORE))
                            .override(EnvironmentOverride.plaintext("CODEBUILD_X", "x"))))
        .isInstanceOf(BuildspecException.class)
        .hasMessageContaining("API_KEY (reference kiro/api-key)")
        .hasMessageContaining("override CODEBUILD_X");
    assertThat(build.exists("order.txt")).isFalse();
  }

  @Test
  void run_resolvesSecretOverridesByReference() {
    LocalBuild build = LocalBuild.of(temp, "variables.yml");

    LocalBuildResult result =
        build.run(
            request ->
                request
                    .override(
                        new EnvironmentOverride(
                            "OVERRIDDEN",
                            "kiro/override",
                            EnvironmentOverride.Type.SECRETS_MANAGER))
                    .secrets(Map.of("kiro/override", WHOLE)));

    assertThat(result.status()).isEqualTo(BuildStatus.SUCCEEDED);
    assertThat(build.read("vars.txt")).isEqualTo("spec|" + WHOLE + "|$PATH:/extra");
  }
}
