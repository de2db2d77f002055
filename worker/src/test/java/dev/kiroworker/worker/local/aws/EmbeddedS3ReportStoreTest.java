package dev.kiroworker.worker.local.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.handlers.coverage.BuildReports;
import dev.kiroworker.handlers.coverage.Counter;
import dev.kiroworker.handlers.coverage.CoverageFormat;
import dev.kiroworker.handlers.coverage.ReportLocation;
import dev.kiroworker.handlers.coverage.ReportStore;
import dev.kiroworker.handlers.coverage.TestCounts;
import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.testsupport.HarnessSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The handlers' real coverage {@link ReportStore} reading a build's reports from the embedded S3: a
 * JaCoCo report and Surefire JUnit XML from {@code test-fixtures/coverage/java-sample/}.
 */
class EmbeddedS3ReportStoreTest {

  private static final Path SAMPLE =
      HarnessSettings.fromEnvironment()
          .repositoryRoot()
          .resolve("test-fixtures/coverage/java-sample");
  private static final String BUCKET = "kiro-worker-reports";

  private static EmbeddedAws aws;

  @BeforeAll
  static void uploadTheSampleBuild() {
    aws = EmbeddedAws.start();
    aws.s3().createBucket(request -> request.bucket(BUCKET));
    upload("builds/run-1/jacoco.xml", "jacoco.xml");
    upload("builds/run-1/TEST-sample.grading.GraderTest.xml", "TEST-sample.grading.GraderTest.xml");
    upload(
        "builds/run-1/TEST-sample.parsing.ScoreParserTest.xml",
        "TEST-sample.parsing.ScoreParserTest.xml");
    // A neighbouring build whose prefix starts the same way must not be read.
    upload(
        "builds/run-10/TEST-sample.grading.GraderTest.xml", "TEST-sample.grading.GraderTest.xml");
    // A report under a name ReportStore does not know: found by reading its first bytes.
    upload("builds/run-2/site/results.xml", "jacoco.xml");
  }

  @AfterAll
  static void stop() {
    aws.close();
  }

  @Test
  void read_findsTheJacocoReportAndAddsUpTheJUnitReports() {
    BuildReports reports =
        new ReportStore(aws.s3()).read(ReportLocation.parse("s3://" + BUCKET + "/builds/run-1/"));

    assertThat(reports.coverageKey()).isEqualTo("builds/run-1/jacoco.xml");
    assertThat(reports.coverage().format()).isEqualTo(CoverageFormat.JACOCO);
    assertThat(reports.coverage().lines()).isEqualTo(Counter.of(21, 22));
    assertThat(reports.coverage().branches()).isEqualTo(Counter.of(14, 18));
    assertThat(reports.tests()).isEqualTo(TestCounts.of(5, 1, 1, 1));
    assertThat(reports.testReportKeys())
        .containsExactly(
            "builds/run-1/TEST-sample.grading.GraderTest.xml",
            "builds/run-1/TEST-sample.parsing.ScoreParserTest.xml");
  }

  @Test
  void read_detectsAnUnknownNamedReportFromItsFirstBytes() {
    BuildReports reports =
        new ReportStore(aws.s3()).read(ReportLocation.parse("s3://" + BUCKET + "/builds/run-2/"));

    assertThat(reports.coverageKey()).isEqualTo("builds/run-2/site/results.xml");
    assertThat(reports.coverage().lines()).isEqualTo(Counter.of(21, 22));
    assertThat(reports.tests()).isEqualTo(TestCounts.NONE);
  }

  @Test
  void read_fromAMissingBucket_isAPermanentError() {
    var store = new ReportStore(aws.s3());

    assertThatThrownBy(() -> store.read(ReportLocation.parse("s3://no-such-bucket/builds/run-1/")))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("bucket does not exist");
  }

  private static void upload(String key, String fixture) {
    aws.s3()
        .putObject(
            request -> request.bucket(BUCKET).key(key).contentType("application/xml"),
            RequestBody.fromFile(SAMPLE.resolve(fixture)));
  }
}
