package dev.kiroworker.worker.build.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiroworker.handlers.coverage.ReportLimits;
import dev.kiroworker.worker.build.BuildOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Collecting reports from a hostile repository: links out, wrong content, huge files. */
class ReportCollectorTest {

  private static final Path FIXTURES = Samples.repoRoot().resolve("test-fixtures/coverage");

  @TempDir Path repo;
  @TempDir Path out;

  private final List<String> log = new CopyOnWriteArrayList<>();
  private final ReportCollector collector = new ReportCollector(ReportLimits.defaults(), log::add);

  @Test
  void collect_renamesReportsTheLambdaWouldMissAndAvoidsCollisions() throws IOException {
    String junit = Files.readString(FIXTURES.resolve("js-sample/junit.xml"));
    Samples.write(repo, "a/junit.xml", junit);
    Samples.write(repo, "b/junit.xml", junit);
    Samples.write(repo, "results/unit tests.xml", junit);
    Samples.write(repo, "results/TEST-kept.xml", junit);
    Samples.write(repo, "results/coverage.xml", "<coverage/>");
    Files.copy(
        FIXTURES.resolve("js-sample/lcov.info"),
        Files.createDirectories(repo.resolve("c")).resolve("tracefile"));

    ReportCollector.CollectedReports reports =
        collector.collect(plan(List.of("**.xml"), "c/tracefile"), output());

    assertThat(reports.junit().stream().map(p -> p.getFileName().toString()))
        .containsExactlyInAnyOrder(
            "junit.xml", "junit-2.xml", "TEST-results.unit_tests.xml", "TEST-kept.xml");
    assertThat(reports.coverage().getFileName().toString()).isEqualTo("lcov.info");
    assertThat(reports.problems()).isEmpty();
  }

  @Test
  void collect_ofLinksOutOfTheRepository_refusesThemAndCopiesTheRest() throws IOException {
    Files.copy(
        FIXTURES.resolve("java-sample/TEST-sample.grading.GraderTest.xml"),
        Files.createDirectories(repo.resolve("reports")).resolve("TEST-good.xml"));
    Files.createSymbolicLink(repo.resolve("reports/TEST-passwd.xml"), Path.of("/etc/passwd"));
    Files.createSymbolicLink(repo.resolve("jacoco.xml"), Path.of("/etc/passwd"));

    ReportCollector.CollectedReports reports =
        collector.collect(plan(List.of("reports/*.xml"), "jacoco.xml"), output());

    assertThat(reports.junit()).singleElement().asString().endsWith("TEST-good.xml");
    assertThat(reports.coverage()).isNull();
    assertThat(reports.problems())
        .containsExactly(
            "The JUnit XML report reports/TEST-passwd.xml is not a regular file inside the"
                + " repository (a link out of it?); not copied.",
            "The coverage report jacoco.xml is not a regular file inside the repository (a link"
                + " out of it?); not copied.");
    assertThat(out.resolve("reports/junit/TEST-passwd.xml")).doesNotExist();
  }

  @Test
  void collect_ofCoverageFileThatIsNotCoverage_saysWhatItIsAndDoesNotCopyIt() throws IOException {
    Files.copy(FIXTURES.resolve("js-sample/junit.xml"), repo.resolve("lcov.info"));
    Samples.write(repo, "TEST-x.xml", Files.readString(FIXTURES.resolve("js-sample/junit.xml")));

    ReportCollector.CollectedReports reports =
        collector.collect(plan(List.of("TEST-*.xml"), "lcov.info"), output());

    assertThat(reports.coverage()).isNull();
    assertThat(reports.problems()).singleElement().asString().contains("JUnit test report");
    assertThat(out.resolve("reports/coverage")).isEmptyDirectory();
  }

  @Test
  void collect_ofReportsOverTheLimit_refusesThemWithTheSizes() throws IOException {
    Files.copy(FIXTURES.resolve("js-sample/junit.xml"), repo.resolve("TEST-big.xml"));
    Files.copy(FIXTURES.resolve("js-sample/lcov.info"), repo.resolve("lcov.info"));
    ReportCollector small = new ReportCollector(new ReportLimits(100), log::add);

    ReportCollector.CollectedReports reports =
        small.collect(plan(List.of("TEST-*.xml"), "lcov.info"), output());

    assertThat(reports.junit()).isEmpty();
    assertThat(reports.coverage()).isNull();
    assertThat(reports.problems())
        .hasSize(2)
        .allSatisfy(p -> assertThat(p).contains("over the 100-byte limit for reports"));
  }

  @Test
  void collect_ofNothing_saysWhereItLooked() {
    ReportCollector.CollectedReports reports =
        collector.collect(plan(List.of("target/TEST-*.xml"), "coverage/*.info"), output());

    assertThat(reports.problems())
        .containsExactly(
            "No JUnit XML report was found; looked for target/TEST-*.xml.",
            "No coverage report was found; looked for coverage/*.info.");
  }

  @Test
  void collect_ofSeveralMatchingCoverageReports_takesTheNearestAndSaysSo() throws IOException {
    Files.copy(
        FIXTURES.resolve("java-sample/jacoco.xml"),
        Files.createDirectories(repo.resolve("m1/site")).resolve("jacoco.xml"));
    Files.copy(
        FIXTURES.resolve("js-sample/cobertura-coverage.xml"),
        Files.createDirectories(repo.resolve("m2")).resolve("cov.xml"));

    ReportCollector.CollectedReports reports =
        collector.collect(plan(List.of("none.xml"), "**/*.xml"), output());

    // m2/cov.xml is nearer the root; its content is Cobertura, so it is named for that format.
    assertThat(reports.coverage().getFileName().toString()).isEqualTo("cobertura.xml");
    assertThat(log).singleElement().asString().contains("2 coverage reports match **/*.xml");
  }

  @Test
  void junitName_keepsNamesTheLambdaReadsAndRenamesOthers() {
    assertThat(ReportCollector.junitName("x/TEST-a.b.xml")).isEqualTo("TEST-a.b.xml");
    assertThat(ReportCollector.junitName("x/my-JUnit.xml")).isEqualTo("my-JUnit.xml");
    assertThat(ReportCollector.junitName("x/y/results.xml")).isEqualTo("TEST-x.y.results.xml");
    assertThat(ReportCollector.junitName("out/results$(id)"))
        .isEqualTo("TEST-out.results__id_.xml");
  }

  private BuildOutput output() {
    return new BuildOutput(out);
  }

  private VerifyPlan plan(List<String> junit, String coverage) {
    return new VerifyPlan(
        "worker.yml",
        List.of("true"),
        Duration.ofMinutes(1),
        Map.of(),
        junit.stream().map(glob -> ReportPattern.of(repo, glob)).toList(),
        List.of(ReportPattern.of(repo, coverage)),
        null,
        List.of(),
        false);
  }
}
