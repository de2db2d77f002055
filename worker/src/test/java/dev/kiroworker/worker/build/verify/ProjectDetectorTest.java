package dev.kiroworker.worker.build.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectDetectorTest {

  @TempDir Path repo;
  @TempDir Path scratch;

  private final ProjectDetector detector = new ProjectDetector(tool -> "/opt/bin/" + tool);

  @Test
  void detect_ofPomWithJacoco_runsMavenVerify() {
    Samples.write(repo, "pom.xml", "<project><!-- jacoco-maven-plugin --></project>");
    Samples.write(repo, "package.json", "{\"scripts\": {\"test\": \"jest\"}}");

    VerifyPlan plan = detector.detect(repo, scratch).orElseThrow();

    assertThat(plan.source()).isEqualTo("detected: maven");
    assertThat(plan.command()).containsExactly("/opt/bin/mvn", "-B", "verify");
    assertThat(plan.notes()).isEmpty();
    assertThat(plan.timeout()).isEqualTo(VerifyPlan.DEFAULT_TIMEOUT);
    assertThat(globs(plan.junitReports())).contains("target/surefire-reports/TEST-*.xml");
    assertThat(globs(plan.coverageReports()).getFirst())
        .isEqualTo("target/site/jacoco-aggregate/jacoco.xml");
  }

  @Test
  void detect_ofPomWithExecutableWrapperAndNoJacoco_usesTheWrapperAndSaysWhatIsMissing()
      throws IOException {
    Samples.write(repo, "pom.xml", "<project/>");
    Path wrapper = Samples.write(repo, "mvnw", "#!/bin/sh\n");
    Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));

    VerifyPlan plan = detector.detect(repo, scratch).orElseThrow();

    assertThat(plan.command().getFirst()).isEqualTo(wrapper.toString());
    assertThat(plan.notes()).singleElement().asString().contains("does not mention jacoco");
  }

  @Test
  void detect_ofWrapperThatIsNotExecutable_usesTheTool() {
    Samples.write(repo, "build.gradle.kts", "plugins { jacoco }");
    Samples.write(repo, "gradlew", "#!/bin/sh\n");

    VerifyPlan plan = detector.detect(repo, scratch).orElseThrow();

    assertThat(plan.source()).isEqualTo("detected: gradle");
    assertThat(plan.command())
        .containsExactly("/opt/bin/gradle", "--no-daemon", "test", "jacocoTestReport");
    assertThat(globs(plan.junitReports())).contains("build/test-results/test/*.xml");
  }

  @Test
  void detect_ofPackageJsonWithTestScript_runsNpmTest() {
    Samples.write(repo, "package.json", "{\"scripts\": {\"test\": \"node --test\"}}");

    VerifyPlan plan = detector.detect(repo, scratch).orElseThrow();

    assertThat(plan.source()).isEqualTo("detected: npm");
    assertThat(plan.command()).containsExactly("/opt/bin/npm", "test");
    assertThat(plan.environment()).containsEntry("NPM_CONFIG_UPDATE_NOTIFIER", "false");
    assertThat(globs(plan.coverageReports())).startsWith("coverage/lcov.info");
  }

  @Test
  void detect_ofPackageJsonWithoutTestScriptOrInvalid_isNotNpm() {
    Samples.write(repo, "package.json", "{\"scripts\": {\"build\": \"tsc\"}}");
    assertThat(detector.detect(repo, scratch)).isEmpty();

    Samples.write(repo, "package.json", "{not json");
    assertThat(detector.detect(repo, scratch)).isEmpty();
  }

  @Test
  void detect_ofPytestMarkers_runsPytestWithReportsInScratch() {
    for (String marker : List.of("pytest.ini", "pyproject.toml", "setup.cfg", "tox.ini", "tests")) {
      Path project = repo.resolve(marker + "-project");
      if (marker.equals("tests")) {
        Samples.write(project, "tests/test_cart.py", "def test_x(): pass\n");
      } else {
        Samples.write(project, marker, "[tool.pytest.ini_options]\n");
      }

      VerifyPlan plan = detector.detect(project, scratch).orElseThrow();

      assertThat(plan.source()).as(marker).isEqualTo("detected: pytest");
      assertThat(plan.command())
          .containsExactly(
              "/opt/bin/python3",
              "-m",
              "pytest",
              "--junitxml=" + scratch.resolve("TEST-pytest.xml"),
              "--cov",
              "--cov-branch",
              "--cov-report=xml:" + scratch.resolve("coverage.xml"));
      assertThat(plan.junitReports().getFirst().base()).isEqualTo(scratch);
    }
  }

  @Test
  void detect_ofPyprojectWithoutPytest_isNotPytest() {
    Samples.write(repo, "pyproject.toml", "[project]\nname = 'x'\n");

    assertThat(detector.detect(repo, scratch)).isEmpty();
  }

  @Test
  void detect_ofGoModule_runsGoTestJsonAndConverts() {
    Samples.write(repo, "go.mod", "module example.com/shop\n");

    VerifyPlan plan = detector.detect(repo, scratch).orElseThrow();

    assertThat(plan.source()).isEqualTo("detected: go");
    assertThat(plan.goTestJson()).isTrue();
    assertThat(plan.command())
        .containsExactly(
            "/opt/bin/go",
            "test",
            "-json",
            "-coverprofile=" + scratch.resolve("cover.out"),
            "./...");
  }

  @Test
  void detect_ofNothingKnown_isEmpty() {
    Samples.write(repo, "README.md", "# hello\n");

    assertThat(detector.detect(repo, scratch)).isEmpty();
    assertThat(ProjectDetector.LOOKED_FOR).contains("go.mod (Go)");
  }

  @Test
  void onPath_usesToolNamesAsTheyAre() {
    Samples.write(repo, "go.mod", "module m\n");

    assertThat(ProjectDetector.onPath().detect(repo, scratch).orElseThrow().command().getFirst())
        .isEqualTo("go");
  }

  private static List<String> globs(List<ReportPattern> patterns) {
    return patterns.stream().map(ReportPattern::glob).toList();
  }
}
