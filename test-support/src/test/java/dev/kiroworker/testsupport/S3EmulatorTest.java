package dev.kiroworker.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

@ExtendWith(AwsEmulatorExtension.class)
class S3EmulatorTest {

  private static final String REPORT =
      "<report name=\"sample\"><counter type=\"LINE\" missed=\"3\" covered=\"97\"/></report>";

  @Test
  void putThenGet_returnsTheSameBytes(AwsEmulators emulators, S3Client s3) {
    String bucket = emulators.uniqueName("artifacts");
    s3.createBucket(request -> request.bucket(bucket));

    s3.putObject(
        request -> request.bucket(bucket).key("test/build-1/jacoco.xml").contentType("text/xml"),
        RequestBody.fromString(REPORT, StandardCharsets.UTF_8));
    var object =
        s3.getObjectAsBytes(request -> request.bucket(bucket).key("test/build-1/jacoco.xml"));

    // Byte-for-byte equality also proves no aws-chunked framing was stored with the body.
    assertThat(object.asUtf8String()).isEqualTo(REPORT);
    assertThat(object.response().contentType()).isEqualTo("text/xml");
  }

  @Test
  void listObjects_findsObjectsUnderAPrefix(AwsEmulators emulators, S3Client s3) {
    String bucket = emulators.uniqueName("artifacts");
    s3.createBucket(request -> request.bucket(bucket));
    for (String key : new String[] {"test/b1/summary.json", "test/b1/junit.xml", "prod/b2/x"}) {
      s3.putObject(request -> request.bucket(bucket).key(key), RequestBody.fromString("{}"));
    }

    var keys =
        s3.listObjectsV2(request -> request.bucket(bucket).prefix("test/b1/")).contents().stream()
            .map(S3Object::key)
            .toList();

    assertThat(keys).containsExactlyInAnyOrder("test/b1/summary.json", "test/b1/junit.xml");
  }

  @Test
  void getObject_whenKeyIsMissing_throwsNoSuchKey(AwsEmulators emulators, S3Client s3) {
    String bucket = emulators.uniqueName("artifacts");
    s3.createBucket(request -> request.bucket(bucket));

    assertThatThrownBy(() -> s3.getObjectAsBytes(request -> request.bucket(bucket).key("absent")))
        .isInstanceOf(NoSuchKeyException.class);
  }
}
