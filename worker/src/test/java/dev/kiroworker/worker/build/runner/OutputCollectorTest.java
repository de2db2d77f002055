package dev.kiroworker.worker.build.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports and artifacts copied to the output folder: globs, base folders, links, failures. */
class OutputCollectorTest {

  @TempDir Path temp;

  private LocalBuildResult runArtifacts(LocalBuild build, String exitCode) {
    return build.run(
        request ->
            request
                .buildNumber(3)
                .override(EnvironmentOverride.plaintext("EXIT_CODE", exitCode))
                .override(EnvironmentOverride.plaintext("OUT_DIR", "target")));
  }

  @Test
  void run_copiesReportsAndArtifactsByGlobBaseDirectoryAndDiscardPaths() {
    LocalBuild build = LocalBuild.of(temp, "artifacts.yml");

    LocalBuildResult result = runArtifacts(build, "0");

    assertThat(result.status()).isEqualTo(BuildStatus.SUCCEEDED);
    Path junit = build.output.resolve("reports/junit");
    assertThat(result.reports().get("junit"))
        .containsExactly(junit.resolve("TEST-One.xml"), junit.resolve("nested/TEST-Two.xml"));
    Path coverage =
        build.output.resolve(
            "reports/arn_aws_codebuild_eu-west-1_123456789012_report-group_coverage");
    assertThat(
            result.reports().get("arn:aws:codebuild:eu-west-1:123456789012:report-group/coverage"))
        .containsExactly(coverage.resolve("jacoco.xml"));
    Path artifacts = build.output.resolve("artifacts");
    assertThat(result.artifactsDirectory()).isEqualTo(artifacts);
    assertThat(result.artifacts())
        .containsExactlyInAnyOrder(
            artifacts.resolve("app.jar"),
            artifacts.resolve("site/jacoco/jacoco.xml"),
            artifacts.resolve("surefire-reports/TEST-One.xml"),
            artifacts.resolve("surefire-reports/nested/TEST-Two.xml"),
            artifacts.resolve("surefire-reports/notes.txt"));
    assertThat(artifacts.resolve("classes")).doesNotExist();
    assertThat(artifacts.resolve("app.jar")).hasContent("jar");
    assertThat(result.artifactName()).contains("build-3-0");
  }

  @Test
  void run_whenTheBuildFails_stillCopiesReportsAndArtifacts() {
    LocalBuild build = LocalBuild.of(temp, "artifacts.yml");

    LocalBuildResult result = runArtifacts(build, "1");

    assertThat(result.status()).isEqualTo(BuildStatus.FAILED);
    assertThat(result.phase(PhaseResult.UPLOAD_ARTIFACTS).orElseThrow().status())
        .isEqualTo(BuildStatus.SUCCEEDED);
    assertThat(result.reports().get("junit")).hasSize(2);
    assertThat(build.output.resolve("artifacts/app.jar")).exists();
  }

  @Test
  void run_withDiscardPaths_flattensAndWarnsWhenNamesCollide() {
    LocalBuild build = LocalBuild.of(temp, "artifacts-flat.yml");

    LocalBuildResult result = build.run();

    Path artifacts = build.output.resolve("artifacts");
    assertThat(result.artifacts())
        .containsExactly(artifacts.resolve("same.txt"), artifacts.resolve("top.txt"));
    assertThat(artifacts.resolve("same.txt")).hasContent("b");
    assertThat(build.log()).contains("'b/same.txt' and 'a/same.txt' have the same name");
  }

  @Test
  void run_whenNoFileMatchesTheArtifacts_failsTheBuild() {
    LocalBuild build = LocalBuild.of(temp, "artifacts-missing.yml");

    LocalBuildResult result = build.run();

    assertThat(result.status()).isEqualTo(BuildStatus.FAILED);
    PhaseResult upload = result.phase(PhaseResult.UPLOAD_ARTIFACTS).orElseThrow();
    assertThat(upload.status()).isEqualTo(BuildStatus.FAILED);
    assertThat(upload.contexts())
        .containsExactly(new PhaseContext("CLIENT_ERROR", "no matching artifact paths found"));
  }

  @Test
  void run_neverCopiesThroughALinkOutOfTheSourceFolder() throws IOException {
    Path outside = Files.createDirectories(temp.resolve("outside"));
    Path secretFile = Files.writeString(outside.resolve("secret.txt"), "outside");
    LocalBuild build = LocalBuild.of(temp, "artifacts-links.yml");

    LocalBuildResult result =
        build.run(
            request ->
                request
                    .override(EnvironmentOverride.plaintext("OUTSIDE_FILE", secretFile.toString()))
                    .override(EnvironmentOverride.plaintext("OUTSIDE_DIR", outside.toString())));

    Path artifacts = build.output.resolve("artifacts");
    assertThat(result.artifacts())
        .containsExactly(artifacts.resolve("inside-link.txt"), artifacts.resolve("real.txt"));
    assertThat(artifacts.resolve("inside-link.txt")).hasContent("inside");
    assertThat(result.reports().get("escapes")).isEmpty();
    assertThat(build.log())
        .contains("'outside-link.txt' links outside the source folder; not copied")
        .contains("'broken-link.txt' is a broken link")
        .contains("base-directory 'linked-dir' links outside the source folder");
  }

  @Test
  void run_withAGlobbedBaseDirectory_takesTheFilesOfEveryMatchingFolder() {
    LocalBuild build = LocalBuild.of(temp, "artifacts-globbed-base.yml");

    LocalBuildResult result = build.run();

    Path artifacts = build.output.resolve("artifacts");
    assertThat(result.artifacts())
        .containsExactlyElementsOf(
            List.of(
                artifacts.resolve("my-file1.txt"),
                artifacts.resolve("my-file2.txt"),
                artifacts.resolve("my-file3.txt")));
  }
}
