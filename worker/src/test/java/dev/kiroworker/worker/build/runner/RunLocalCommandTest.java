package dev.kiroworker.worker.build.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiroworker.worker.Invocation;
import dev.kiroworker.worker.cli.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kiro-worker build run-local}: the log live, one status line, CodeBuild's verdict. */
class RunLocalCommandTest {

  private static final String SECRET = "cli-secret-value-88e0";

  @TempDir Path temp;

  private String[] args(LocalBuild build, String... more) {
    String[] base = {
      "build",
      "run-local",
      "--buildspec",
      build.buildspecFile.toString(),
      "--source",
      build.source.toString(),
      "--output",
      build.output.toString()
    };
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  @Test
  void runLocal_whenTheBuildSucceeds_printsTheLogAndExitsZero() throws Exception {
    LocalBuild build = LocalBuild.of(temp, "variables.yml");

    Invocation run =
        Invocation.of(
            args(build, "--env", "OVERRIDDEN=cli", "--project", "demo", "--timeout-minutes", "5"));

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("Running command echo");
    assertThat(run.outLines().getLast())
        .matches("build demo:[0-9a-f-]{36} SUCCEEDED in \\d+ s; output in .*");
    assertThat(build.read("vars.txt")).startsWith("spec|cli|");
    assertThat(build.output.resolve("build.json")).exists();
  }

  @Test
  void runLocal_whenTheBuildFails_exitsOne() {
    LocalBuild build = LocalBuild.of(temp, "build-fails.yml");

    Invocation run = Invocation.of(args(build));

    assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_SUCCEEDED);
    assertThat(run.outLines().getLast()).contains(" FAILED in ");
  }

  @Test
  void runLocal_readsSecretsFromAFileAndScrubsThem() throws Exception {
    LocalBuild build = LocalBuild.of(temp, "cli-secret.yml");
    Path secrets =
        Files.writeString(
            temp.resolve("secrets.env"), "# the CLI's secrets\n\nkiro/cli-secret=" + SECRET + "\n");

    Invocation run = Invocation.of(args(build, "--secrets-file", secrets.toString()));

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("secret is ***").doesNotContain(SECRET);
    assertThat(build.read("secret.txt")).isEqualTo(SECRET);
  }

  @Test
  void runLocal_takesASecretOnTheCommandLine() {
    LocalBuild build = LocalBuild.of(temp, "cli-secret.yml");

    Invocation run = Invocation.of(args(build, "--secret", "kiro/cli-secret=" + SECRET));

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).doesNotContain(SECRET);
  }

  @Test
  void runLocal_whenTheBuildspecIsInvalid_exitsThreeAndRunsNothing() {
    LocalBuild build = LocalBuild.of(temp, "invalid-version.yml");

    Invocation run = Invocation.of(args(build));

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.err()).contains("build run-local: the buildspec").contains("version");
    assertThat(build.exists("ran.txt")).isFalse();
  }

  @Test
  void runLocal_whenASecretIsMissingOrTheInputsAreBad_exitsThree() throws Exception {
    LocalBuild build = LocalBuild.of(temp, "cli-secret.yml");
    Path badSecrets = Files.writeString(temp.resolve("bad.env"), "no-equals-sign-" + SECRET);
    Files.createDirectories(build.output);
    Files.writeString(build.output.resolve("earlier.txt"), "keep me");

    Invocation missing = Invocation.of(args(build));
    Invocation badFile = Invocation.of(args(build, "--secrets-file", badSecrets.toString()));
    Invocation unreadable =
        Invocation.of(args(build, "--secrets-file", temp.resolve("none.env").toString()));
    Invocation noSource =
        Invocation.of(
            "build",
            "run-local",
            "--buildspec",
            build.buildspecFile.toString(),
            "--source",
            temp.resolve("nowhere").toString(),
            "--output",
            temp.resolve("o").toString());

    assertThat(missing.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(missing.err()).contains("is not empty");
    assertThat(build.output.resolve("earlier.txt")).hasContent("keep me");
    assertThat(badFile.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(badFile.err()).contains("line 1 is not REF=VALUE").doesNotContain(SECRET);
    assertThat(unreadable.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(noSource.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(noSource.err()).contains("does not exist");
  }
}
