package dev.kiroworker.handlers.coverage;

import static dev.kiroworker.handlers.coverage.CoverageFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.testsupport.AwsEmulatorExtension;
import dev.kiroworker.testsupport.AwsEmulators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** Reading a build's reports from S3, through the s3rver emulator. */
@ExtendWith(AwsEmulatorExtension.class)
class ReportStoreTest {

  @Test
  void read_javaBuild_readsJacocoAndSumsEverySurefireReport(AwsEmulators aws, S3Client s3)
      throws IOException {
    String bucket = bucket(aws, s3);
    uploadFolder(s3, bucket, "test/build-1/", fixture("java-sample"));

    BuildReports reports =
        new ReportStore(s3).read(ReportLocation.parse("s3://" + bucket + "/test/build-1/"));

    assertThat(reports.coverageKey()).isEqualTo("test/build-1/jacoco.xml");
    assertThat(reports.coverage())
        .isEqualTo(
            new CoverageReport(CoverageFormat.JACOCO, Counter.of(21, 22), Counter.of(14, 18)));
    assertThat(reports.testReportKeys())
        .containsExactly(
            "test/build-1/TEST-sample.grading.GraderTest.xml",
            "test/build-1/TEST-sample.parsing.ScoreParserTest.xml");
    assertThat(reports.tests()).isEqualTo(new TestCounts(8, 5, 1, 1, 1));
  }

  @Test
  void read_javaScriptBuild_prefersCoberturaByNameAndReadsNodeJUnit(AwsEmulators aws, S3Client s3)
      throws IOException {
    String bucket = bucket(aws, s3);
    uploadFolder(s3, bucket, "staging/run-7/", fixture("js-sample"));

    BuildReports reports =
        new ReportStore(s3).read(ReportLocation.parse("s3://" + bucket + "/staging/run-7/"));

    assertThat(reports.coverageKey()).isEqualTo("staging/run-7/cobertura-coverage.xml");
    assertThat(reports.coverage().format()).isEqualTo(CoverageFormat.COBERTURA);
    assertThat(reports.coverage().lines()).isEqualTo(Counter.of(47, 54));
    assertThat(reports.testReportKeys()).containsExactly("staging/run-7/junit.xml");
    assertThat(reports.tests()).isEqualTo(new TestCounts(11, 7, 2, 0, 2));
  }

  @Test
  void read_reportUnderAnUnknownName_isFoundByItsContent(AwsEmulators aws, S3Client s3) {
    String bucket = bucket(aws, s3);
    put(s3, bucket, "b/notes/readme.xml", "<notes/>");
    put(s3, bucket, "b/reports/output.json", "{\"a.js\": {}}");
    upload(s3, bucket, "b/reports/project-coverage.xml", fixture("js-sample/clover.xml"));

    BuildReports reports = new ReportStore(s3).read(ReportLocation.parse("s3://" + bucket + "/b/"));

    assertThat(reports.coverageKey()).isEqualTo("b/reports/project-coverage.xml");
    assertThat(reports.coverage().format()).isEqualTo(CoverageFormat.CLOVER);
    assertThat(reports.tests()).isEqualTo(TestCounts.NONE);
  }

  @Test
  void read_looksOnlyUnderThePrefix(AwsEmulators aws, S3Client s3) {
    String bucket = bucket(aws, s3);
    upload(s3, bucket, "test/build-10/jacoco.xml", fixture("java-sample/jacoco.xml"));
    upload(s3, bucket, "test/build-1/lcov.info", fixture("js-sample/lcov.info"));

    BuildReports reports =
        new ReportStore(s3).read(ReportLocation.parse("s3://" + bucket + "/test/build-1"));

    assertThat(reports.coverageKey()).isEqualTo("test/build-1/lcov.info");
  }

  @Test
  void read_sameNameAtSeveralDepths_takesTheOneNearestThePrefix(AwsEmulators aws, S3Client s3) {
    String bucket = bucket(aws, s3);
    upload(
        s3,
        bucket,
        "b/module-a/jacoco.xml",
        fixture("edge-cases/jacoco-groups-without-branches.xml"));
    upload(s3, bucket, "b/jacoco.xml", fixture("java-sample/jacoco.xml"));

    BuildReports reports = new ReportStore(s3).read(ReportLocation.parse("s3://" + bucket + "/b/"));

    assertThat(reports.coverageKey()).isEqualTo("b/jacoco.xml");
  }

  @Test
  void read_withoutACoverageReport_isPermanentAndNamesWhatItLookedFor(
      AwsEmulators aws, S3Client s3) {
    String bucket = bucket(aws, s3);
    upload(
        s3,
        bucket,
        "b/TEST-a.xml",
        fixture("kiro-worker/TEST-dev.kiroworker.testsupport.HarnessSettingsTest.xml"));
    put(s3, bucket, "b/index.html", "<html/>");
    put(s3, bucket, "b/empty.xml", "");

    assertThatThrownBy(
            () -> new ReportStore(s3).read(ReportLocation.parse("s3://" + bucket + "/b/")))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("No coverage report under s3://" + bucket + "/b/")
        .hasMessageContaining("jacoco.xml, cobertura.xml, coverage.xml")
        .hasMessageContaining("none of the 0 other report-like files of the 3 objects");
  }

  @Test
  void read_reportOverTheLimit_isRejectedFromItsListedSize(AwsEmulators aws, S3Client s3) {
    String bucket = bucket(aws, s3);
    upload(s3, bucket, "b/jacoco.xml", fixture("java-sample/jacoco.xml"));

    assertThatThrownBy(
            () ->
                new ReportStore(s3, new ReportLimits(1024))
                    .read(ReportLocation.parse("s3://" + bucket + "/b/")))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining(
            "s3://" + bucket + "/b/jacoco.xml is 4,991 bytes, over the 1,024-byte limit");
  }

  @Test
  void read_hostileReport_isPermanent(AwsEmulators aws, S3Client s3) {
    String bucket = bucket(aws, s3);
    upload(s3, bucket, "b/jacoco.xml", fixture("hostile/xxe-external-entity.xml"));

    assertThatThrownBy(
            () -> new ReportStore(s3).read(ReportLocation.parse("s3://" + bucket + "/b/")))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("s3://" + bucket + "/b/jacoco.xml")
        .hasMessageContaining("internal subset");
  }

  @Test
  void read_hostileTestReport_isPermanent(AwsEmulators aws, S3Client s3) {
    String bucket = bucket(aws, s3);
    upload(s3, bucket, "b/lcov.info", fixture("js-sample/lcov.info"));
    upload(s3, bucket, "b/junit-results.xml", fixture("hostile/xxe-junit.xml"));

    assertThatThrownBy(
            () -> new ReportStore(s3).read(ReportLocation.parse("s3://" + bucket + "/b/")))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("s3://" + bucket + "/b/junit-results.xml")
        .hasMessageContaining("internal subset");
  }

  @Test
  void read_missingBucket_isPermanent(AwsEmulators aws, S3Client s3) {
    String bucket = aws.uniqueName("absent");

    assertThatThrownBy(
            () -> new ReportStore(s3).read(ReportLocation.parse("s3://" + bucket + "/b/")))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("The bucket does not exist while listing s3://" + bucket + "/b/");
  }

  @Test
  void read_withCredentialsS3Refuses_isPermanentAndSaysWhatToGrant(AwsEmulators aws, S3Client s3) {
    String bucket = bucket(aws, s3);
    try (S3Client stranger =
        LoopbackS3Clients.pointingAt(aws.s3Endpoint(), "STRANGER", "not-the-key")) {
      assertThatThrownBy(
              () -> new ReportStore(stranger).read(ReportLocation.parse("s3://" + bucket + "/b/")))
          .isInstanceOf(PermanentException.class)
          .hasMessageContaining("S3 refused access")
          .hasMessageContaining("s3:ListBucket");
    }
  }

  private static String bucket(AwsEmulators aws, S3Client s3) {
    String bucket = aws.uniqueName("reports");
    s3.createBucket(request -> request.bucket(bucket));
    return bucket;
  }

  private static void uploadFolder(S3Client s3, String bucket, String prefix, Path folder)
      throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        upload(s3, bucket, prefix + file.getFileName(), file);
      }
    }
  }

  private static void upload(S3Client s3, String bucket, String key, Path file) {
    s3.putObject(request -> request.bucket(bucket).key(key), RequestBody.fromFile(file));
  }

  private static void put(S3Client s3, String bucket, String key, String content) {
    s3.putObject(request -> request.bucket(bucket).key(key), RequestBody.fromString(content));
  }
}
