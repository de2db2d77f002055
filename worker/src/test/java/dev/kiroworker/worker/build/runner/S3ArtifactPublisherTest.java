package dev.kiroworker.worker.build.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiroworker.testsupport.AwsEmulatorExtension;
import dev.kiroworker.testsupport.AwsEmulators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** A local build's artifacts uploaded to the S3 emulator, where ParseCoverage would read them. */
@ExtendWith(AwsEmulatorExtension.class)
class S3ArtifactPublisherTest {

  private static final String BUILD_ID = "kiro-worker-e2e:2f0c8a5e-1d3b-4c6f-9a7e-5b8d0e1f2a3c";

  @TempDir Path temp;

  private S3Client s3;
  private String bucket;

  @BeforeEach
  void createBucket(AwsEmulators aws, S3Client s3) {
    this.s3 = s3;
    this.bucket = aws.uniqueName("artifacts");
    s3.createBucket(request -> request.bucket(bucket));
  }

  @Test
  void publish_uploadsEveryFileUnderTheArtifactName_andAnswersCodeBuildsLocation()
      throws IOException {
    Path artifacts = temp.resolve("artifacts");
    write(artifacts.resolve("summary.json"), "{\"verify\":{\"gate\":\"PASSED\"}}");
    write(artifacts.resolve("reports/coverage/lcov.info"), "TN:\nend_of_record\n");
    write(artifacts.resolve("reports/junit/junit.xml"), "<testsuites/>");

    String location =
        new S3ArtifactPublisher(s3, bucket)
            .publish(result(artifacts, Optional.of("test/" + BUILD_ID)));

    assertThat(location).isEqualTo("arn:aws:s3:::" + bucket + "/test/" + BUILD_ID);
    assertThat(keys())
        .containsExactly(
            "test/" + BUILD_ID + "/reports/coverage/lcov.info",
            "test/" + BUILD_ID + "/reports/junit/junit.xml",
            "test/" + BUILD_ID + "/summary.json");
    assertThat(
            s3.getObjectAsBytes(r -> r.bucket(bucket).key("test/" + BUILD_ID + "/summary.json"))
                .asUtf8String())
        .isEqualTo("{\"verify\":{\"gate\":\"PASSED\"}}");
  }

  @Test
  void publish_withoutAnArtifactName_namesTheArtifactAfterTheBuild() throws IOException {
    Path artifacts = temp.resolve("artifacts");
    write(artifacts.resolve("summary.json"), "{}");

    String location =
        new S3ArtifactPublisher(s3, bucket).publish(result(artifacts, Optional.empty()));

    assertThat(location).isEqualTo("arn:aws:s3:::" + bucket + "/" + BUILD_ID);
    assertThat(keys()).containsExactly(BUILD_ID + "/summary.json");
  }

  @Test
  void publish_whenTheBuildWroteNoArtifacts_uploadsNothing() {
    String location =
        new S3ArtifactPublisher(s3, bucket)
            .publish(result(temp.resolve("never-created"), Optional.of("test/" + BUILD_ID)));

    assertThat(location).isEqualTo("arn:aws:s3:::" + bucket + "/test/" + BUILD_ID);
    assertThat(keys()).isEmpty();
  }

  private List<String> keys() {
    return s3.listObjectsV2Paginator(request -> request.bucket(bucket)).contents().stream()
        .map(S3Object::key)
        .sorted()
        .toList();
  }

  private static LocalBuildResult result(Path artifacts, Optional<String> artifactName) {
    Instant now = Instant.parse("2026-11-26T10:00:00Z");
    return new LocalBuildResult(
        BUILD_ID,
        "arn:aws:codebuild:us-east-1:000000000000:build/" + BUILD_ID,
        1,
        "kiro-worker-e2e",
        BuildStatus.SUCCEEDED,
        List.of(),
        Map.of(),
        artifacts,
        artifactName,
        List.of(),
        Map.of(),
        artifacts.resolveSibling("build.log"),
        now,
        now,
        List.of());
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
