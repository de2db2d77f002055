package dev.kiroworker.worker.build.runner;

import static dev.kiroworker.worker.build.runner.LocalBuild.phaseTypes;
import static dev.kiroworker.worker.build.runner.LocalBuild.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CodeBuild's phase transitions, on-failure and finally rules, run with real shells. */
class PhaseSemanticsTest {

  @TempDir Path temp;

  @Test
  void run_whenEveryCommandSucceeds_runsPhasesInOrderAndSucceeds() {
    LocalBuild build = LocalBuild.of(temp, "all-phases.yml");

    LocalBuildResult result = build.run();

    assertThat(result.status()).isEqualTo(BuildStatus.SUCCEEDED);
    assertThat(build.read("order.txt").lines())
        .containsExactly("install", "pre_build", "build", "post_build");
    assertThat(phaseTypes(result))
        .containsExactly("INSTALL", "PRE_BUILD", "BUILD", "POST_BUILD", "UPLOAD_ARTIFACTS");
    assertThat(result.phases()).allMatch(phase -> phase.status() == BuildStatus.SUCCEEDED);
    assertThat(build.log()).contains("Running command echo build >> order.txt");
    assertThat(build.lines)
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("[Container] ")
                    .endsWith("Phase complete: POST_BUILD State: SUCCEEDED"));
  }

  @Test
  void run_whenABuildCommandFails_runsPostBuildWithSucceedingZeroAndFails() {
    LocalBuild build = LocalBuild.of(temp, "build-fails.yml");

    LocalBuildResult result = build.run();

    assertThat(result.status()).isEqualTo(BuildStatus.FAILED);
    assertThat(build.read("before.txt")).isEqualTo("before=1");
    assertThat(build.exists("never.txt")).isFalse();
    assertThat(build.read("post.txt")).isEqualTo("succeeding=0");
    assertThat(status(result, "BUILD")).isEqualTo(BuildStatus.FAILED);
    assertThat(status(result, "POST_BUILD")).isEqualTo(BuildStatus.SUCCEEDED);
    assertThat(result.phase("BUILD").orElseThrow().contexts())
        .containsExactly(
            new PhaseContext(
                "COMMAND_EXECUTION_ERROR",
                "Error while executing command: false. Reason: exit status 1"));
  }

  @Test
  void run_whenInstallFails_runsNoLaterPhase() {
    LocalBuild build = LocalBuild.of(temp, "install-fails.yml");

    LocalBuildResult result = build.run();

    assertThat(result.status()).isEqualTo(BuildStatus.FAILED);
    assertThat(phaseTypes(result)).containsExactly("INSTALL", "UPLOAD_ARTIFACTS");
    assertThat(build.exists("pre_build.txt") || build.exists("build.txt")).isFalse();
    assertThat(build.exists("post_build.txt")).isFalse();
    assertThat(result.phase("INSTALL").orElseThrow().contexts().getFirst().message())
        .endsWith("exit status 4");
  }

  @Test
  void run_whenPreBuildFails_skipsBuildAndPostBuild() {
    LocalBuild build = LocalBuild.of(temp, "pre-build-fails.yml");

    LocalBuildResult result = build.run();

    assertThat(result.status()).isEqualTo(BuildStatus.FAILED);
    assertThat(build.exists("install.txt")).isTrue();
    assertThat(build.exists("build.txt")).isFalse();
    assertThat(build.exists("post_build.txt")).isFalse();
  }

  @Test
  void run_whenAPhaseSaysContinue_runsTheNextPhaseButTheBuildFails() {
    LocalBuild build = LocalBuild.of(temp, "install-continues.yml");

    LocalBuildResult result = build.run();

    assertThat(build.read("pre_build.txt")).isEqualTo("succeeding=0");
    assertThat(status(result, "PRE_BUILD")).isEqualTo(BuildStatus.SUCCEEDED);
    assertThat(result.status()).isEqualTo(BuildStatus.FAILED);
  }

  @Test
  void run_whenTheBuildPhaseSaysAbort_skipsPostBuild() {
    LocalBuild build = LocalBuild.of(temp, "build-aborts.yml");

    LocalBuildResult result = build.run();

    assertThat(result.status()).isEqualTo(BuildStatus.FAILED);
    assertThat(build.exists("post_build.txt")).isFalse();
    assertThat(phaseTypes(result)).containsExactly("BUILD", "UPLOAD_ARTIFACTS");
  }

  @Test
  void run_whenACommandFails_skipsTheRestButRunsFinally() {
    LocalBuild build = LocalBuild.of(temp, "finally-after-failure.yml");

    LocalBuildResult result = build.run();

    assertThat(build.read("finally.txt")).isEqualTo("finally ran");
    assertThat(build.exists("skipped.txt")).isFalse();
    assertThat(status(result, "BUILD")).isEqualTo(BuildStatus.FAILED);
  }

  @Test
  void run_whenAFinallyCommandFails_failsThePhase() {
    LocalBuild build = LocalBuild.of(temp, "finally-fails.yml");

    LocalBuildResult result = build.run();

    assertThat(build.exists("command.txt")).isTrue();
    assertThat(build.exists("after-finally.txt")).isFalse();
    assertThat(status(result, "BUILD")).isEqualTo(BuildStatus.FAILED);
    assertThat(result.status()).isEqualTo(BuildStatus.FAILED);
  }

  @Test
  void run_whenTheBuildTimesOut_killsTheCommandsProcessTreeAndStops() throws IOException {
    LocalBuild build = LocalBuild.of(temp, "sleeps.yml");

    LocalBuildResult result = build.run(request -> request.timeout(Duration.ofSeconds(1)));

    assertThat(result.status()).isEqualTo(BuildStatus.TIMED_OUT);
    assertThat(status(result, "BUILD")).isEqualTo(BuildStatus.TIMED_OUT);
    assertThat(result.phase("BUILD").orElseThrow().contexts().getFirst().statusCode())
        .isEqualTo("BUILD_TIMED_OUT");
    long child = Long.parseLong(build.read("child.pid"));
    assertThat(running(child)).as("the background sleep %d", child).isFalse();
    assertThat(build.exists("finally.txt")).isFalse();
    assertThat(build.exists("post_build.txt")).isFalse();
  }

  @Test
  void run_whenACommandCannotStart_endsTheBuildInFault() {
    LocalBuild build = LocalBuild.of(temp, "folder-vanishes.yml");

    LocalBuildResult result = build.run();

    assertThat(result.status()).isEqualTo(BuildStatus.FAULT);
    assertThat(status(result, "BUILD")).isEqualTo(BuildStatus.FAULT);
    assertThat(result.phase("BUILD").orElseThrow().contexts().getFirst().statusCode())
        .isEqualTo("CLIENT_ERROR");
    assertThat(build.log()).doesNotContain("never runs\n");
  }

  /** Alive and not a zombie: a killed, re-parented child may linger unreaped in a container. */
  private static boolean running(long pid) throws IOException {
    if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
      return false;
    }
    Path stat = Path.of("/proc", Long.toString(pid), "stat");
    if (!Files.exists(stat)) {
      return false;
    }
    String text = Files.readString(stat);
    return !text.substring(text.lastIndexOf(')') + 2).startsWith("Z");
  }
}
