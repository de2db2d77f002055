package dev.kiroworker.worker.local.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The S3 behaviour kiro-worker relies on (the coverage report store and an artifact upload),
 * written once and run against the embedded stand-in and against s3rver.
 */
abstract class S3Contract {

  static final String REPORT = "<report name=\"sample\"><counter type=\"LINE\"/></report>";
  private static final AtomicInteger BUCKETS = new AtomicInteger();

  S3Client s3;
  String bucket;

  /** The client under test, on the stand-in or the emulator. */
  abstract S3Client client();

  @BeforeEach
  void createBucket() {
    s3 = client();
    bucket = "contract-bucket-" + BUCKETS.incrementAndGet();
    s3.createBucket(request -> request.bucket(bucket));
  }

  @Test
  void putObject_thenGetObject_returnsTheSameBytesAndType() {
    put("build-1/jacoco.xml", REPORT, "application/xml");

    var object = s3.getObjectAsBytes(request -> request.bucket(bucket).key("build-1/jacoco.xml"));

    assertThat(object.asUtf8String()).isEqualTo(REPORT);
    assertThat(object.response().contentType()).isEqualTo("application/xml");
    assertThat(object.response().contentLength()).isEqualTo(REPORT.length());
  }

  @Test
  void getObject_withARange_returnsThoseBytesOnly() {
    put("build-1/jacoco.xml", REPORT, "application/xml");

    var head =
        s3.getObjectAsBytes(
            request -> request.bucket(bucket).key("build-1/jacoco.xml").range("bytes=0-6"));

    assertThat(head.asUtf8String()).isEqualTo("<report");
    assertThat(head.response().contentRange()).isEqualTo("bytes 0-6/" + REPORT.length());
  }

  @Test
  void getObject_withARangePastTheEnd_returnsUpToTheEnd() {
    put("small.txt", "abc", "text/plain");

    var all =
        s3.getObjectAsBytes(
            request -> request.bucket(bucket).key("small.txt").range("bytes=0-1023"));

    assertThat(all.asUtf8String()).isEqualTo("abc");
  }

  @Test
  void headObject_reportsSizeWithoutTheBody() {
    put("build-1/TEST-sample.xml", "<testsuite tests=\"3\"/>", "application/xml");

    var head = s3.headObject(request -> request.bucket(bucket).key("build-1/TEST-sample.xml"));

    assertThat(head.contentLength()).isEqualTo(22L);
    assertThat(head.eTag()).isNotBlank();
  }

  @Test
  void listObjectsV2_withAPrefix_listsOnlyThatFolderInKeyOrder() {
    put("build-1/b.xml", "bb", "application/xml");
    put("build-1/a.xml", "a", "application/xml");
    put("build-1/sub/c.json", "ccc", "application/json");
    put("build-10/a.xml", "other build", "application/xml");
    put("readme.txt", "x", "text/plain");

    var listing = s3.listObjectsV2(request -> request.bucket(bucket).prefix("build-1/"));

    assertThat(listing.contents())
        .extracting(S3Object::key)
        .containsExactly("build-1/a.xml", "build-1/b.xml", "build-1/sub/c.json");
    assertThat(listing.contents()).extracting(S3Object::size).containsExactly(1L, 2L, 3L);
    assertThat(listing.isTruncated()).isFalse();
  }

  @Test
  void listObjectsV2_withKeysNeedingEscapes_returnsThemIntact() {
    put("build-1/a b+c&d.xml", "x", "application/xml");

    var listing = s3.listObjectsV2(request -> request.bucket(bucket).prefix("build-1/"));

    assertThat(listing.contents()).extracting(S3Object::key).containsExactly("build-1/a b+c&d.xml");
    assertThat(
            s3.getObjectAsBytes(request -> request.bucket(bucket).key("build-1/a b+c&d.xml"))
                .asUtf8String())
        .isEqualTo("x");
  }

  @Test
  void getObject_ofAMissingKey_isNoSuchKey() {
    assertThatThrownBy(
            () -> s3.getObjectAsBytes(request -> request.bucket(bucket).key("build-1/none.xml")))
        .isInstanceOf(NoSuchKeyException.class);
  }

  @Test
  void headObject_ofAMissingKey_isNoSuchKey() {
    assertThatThrownBy(() -> s3.headObject(request -> request.bucket(bucket).key("none.xml")))
        .isInstanceOf(NoSuchKeyException.class);
  }

  @Test
  void requests_toAMissingBucket_areNoSuchBucket() {
    String missing = bucket + "-missing";
    assertThatThrownBy(() -> s3.listObjectsV2(request -> request.bucket(missing).prefix("b/")))
        .isInstanceOf(NoSuchBucketException.class);
    assertThatThrownBy(() -> s3.getObjectAsBytes(request -> request.bucket(missing).key("k")))
        .isInstanceOf(NoSuchBucketException.class);
    assertThatThrownBy(
            () ->
                s3.putObject(
                    request -> request.bucket(missing).key("k"), RequestBody.fromString("x")))
        .isInstanceOf(NoSuchBucketException.class);
  }

  void put(String key, String content, String contentType) {
    s3.putObject(
        request -> request.bucket(bucket).key(key).contentType(contentType),
        RequestBody.fromString(content, StandardCharsets.UTF_8));
  }
}
