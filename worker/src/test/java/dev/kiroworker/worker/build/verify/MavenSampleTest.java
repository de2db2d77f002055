package dev.kiroworker.worker.build.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiroworker.handlers.coverage.ReportLimits;
import dev.kiroworker.handlers.scrub.SecretScrubber;
import dev.kiroworker.worker.build.BuildOutput;
import dev.kiroworker.worker.build.process.ProcessRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one test that really runs Maven (it is slow to start): the detected {@code mvn -B verify} on
 * a copy of the Maven sample, offline, with the Maven that runs this build.
 */
class MavenSampleTest {

  @TempDir Path folder;

  @Test
  void verify_ofMavenSample_runsDetectedMavenAndJudgesSurefireAndJacocoReports() {
    Path repo = Samples.copy("maven-sample", folder.resolve("workspace"));
    // Offline, as the sample's plugins and dependencies are those this build already resolved.
    Samples.write(repo, ".mvn/maven.config", "-o\n");
    BuildOutput output = new BuildOutput(folder.resolve("out"));
    List<String> log = new CopyOnWriteArrayList<>();
    Verify verify =
        new Verify(
            new ProcessRunner(SecretScrubber.patternsOnly())::run,
            SecretScrubber.patternsOnly(),
            new ProjectDetector(tool -> tool.equals("mvn") ? maven() : tool),
            ReportLimits.defaults(),
            log::add);

    VerifyResult result = verify.verify(repo, output, 80);

    assertThat(result.passed()).as(String.join("\n", log)).isTrue();
    assertThat(result.configSource()).isEqualTo("detected: maven");
    assertThat(result.command()).endsWith("-B", "verify");
    assertThat(result.testsTotal()).isEqualTo(4);
    assertThat(result.testsPassed()).isEqualTo(4);
    assertThat(result.linePct()).isGreaterThanOrEqualTo(80.0);
    assertThat(result.branchPct()).isEqualTo(100.0);
    assertThat(result.coverageReport()).isEqualTo("reports/coverage/jacoco.xml");
    assertThat(result.junitReports()).containsExactly("reports/junit/TEST-sample.GraderTest.xml");
    assertThat(output.root().resolve("reports/coverage/jacoco.xml")).content().contains("<report");
  }

  /** The Maven running this build (surefire passes maven.home), else mvn on PATH. */
  private static String maven() {
    String home = System.getProperty("maven.home");
    if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
      return Path.of(home, "bin", "mvn").toString();
    }
    return "mvn";
  }
}
