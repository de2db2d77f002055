package dev.kiroworker.worker.local.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * S3 behaviour checked on the stand-in alone, because s3rver cannot be the reference here: its
 * continuation tokens do not page correctly on Node 20, and it reads a suffix range {@code
 * bytes=-n} as {@code bytes=0-n}. The expectations follow S3's documented ListObjectsV2 contract
 * ({@code IsTruncated}, {@code NextContinuationToken}, {@code KeyCount}) and RFC 9110 ranges.
 */
class EmbeddedS3BeyondS3rverTest {

  private static final List<String> KEYS =
      List.of("build-1/a.xml", "build-1/b.xml", "build-1/c.xml", "build-1/d.xml", "build-1/e.xml");

  private static EmbeddedAws aws;
  private static S3Client s3;
  private static int buckets;
  private String bucket;

  @BeforeAll
  static void startStandIn() {
    aws = EmbeddedAws.start();
    s3 = aws.s3();
  }

  @AfterAll
  static void stopStandIn() {
    aws.close();
  }

  @BeforeEach
  void fillABucket() {
    bucket = "paging-" + ++buckets;
    s3.createBucket(request -> request.bucket(bucket));
    for (String key : KEYS) {
      s3.putObject(request -> request.bucket(bucket).key(key), RequestBody.fromString(key));
    }
    s3.putObject(
        request -> request.bucket(bucket).key("build-2/z.xml"), RequestBody.fromString("z"));
  }

  @Test
  void listObjectsV2_pagesByContinuationToken() {
    var first = s3.listObjectsV2(request -> request.bucket(bucket).prefix("build-1/").maxKeys(2));
    var second =
        s3.listObjectsV2(
            request ->
                request
                    .bucket(bucket)
                    .prefix("build-1/")
                    .maxKeys(2)
                    .continuationToken(first.nextContinuationToken()));

    assertThat(first.contents())
        .extracting(S3Object::key)
        .containsExactly(KEYS.get(0), KEYS.get(1));
    assertThat(first.isTruncated()).isTrue();
    assertThat(first.keyCount()).isEqualTo(2);
    assertThat(first.maxKeys()).isEqualTo(2);
    assertThat(second.contents())
        .extracting(S3Object::key)
        .containsExactly(KEYS.get(2), KEYS.get(3));
    assertThat(second.continuationToken()).isEqualTo(first.nextContinuationToken());
  }

  @Test
  void listObjectsV2Paginator_readsEveryKeyUnderThePrefixOnce() {
    var keys =
        s3
            .listObjectsV2Paginator(request -> request.bucket(bucket).prefix("build-1/").maxKeys(2))
            .contents()
            .stream()
            .map(S3Object::key)
            .toList();

    assertThat(keys).isEqualTo(KEYS);
  }

  @Test
  void listObjectsV2_lastPageIsNotTruncatedAndHasNoToken() {
    var page = s3.listObjectsV2(request -> request.bucket(bucket).prefix("build-1/").maxKeys(5));

    assertThat(page.isTruncated()).isFalse();
    assertThat(page.nextContinuationToken()).isNull();
    assertThat(page.keyCount()).isEqualTo(5);
  }

  @Test
  void listObjectsV2_startAfter_skipsKeysUpToIt() {
    var page = s3.listObjectsV2(request -> request.bucket(bucket).startAfter("build-1/c.xml"));

    assertThat(page.contents())
        .extracting(S3Object::key)
        .containsExactly("build-1/d.xml", "build-1/e.xml", "build-2/z.xml");
  }

  @Test
  void listObjectsV2_withZeroMaxKeys_listsNothing() {
    var page = s3.listObjectsV2(request -> request.bucket(bucket).maxKeys(0));

    assertThat(page.contents()).isEmpty();
    assertThat(page.isTruncated()).isFalse();
  }

  @Test
  void listObjectsV2_withAForgedToken_isInvalidArgument() {
    assertThatThrownBy(
            () -> s3.listObjectsV2(request -> request.bucket(bucket).continuationToken("%%%")))
        .isInstanceOf(S3Exception.class)
        .satisfies(e -> assertThat(code(e)).isEqualTo("InvalidArgument"));
  }

  @Test
  void getObject_withASuffixRange_returnsTheLastBytes() {
    var tail =
        s3.getObjectAsBytes(request -> request.bucket(bucket).key(KEYS.get(0)).range("bytes=-3"));

    assertThat(tail.asUtf8String()).isEqualTo("xml");
    assertThat(tail.response().contentRange()).isEqualTo("bytes 10-12/13");
  }

  @Test
  void getObject_withAnOpenRange_returnsTheRest() {
    var rest =
        s3.getObjectAsBytes(request -> request.bucket(bucket).key(KEYS.get(0)).range("bytes=8-"));

    assertThat(rest.asUtf8String()).isEqualTo("a.xml");
  }

  @Test
  void getObject_withARangeStartingPastTheEnd_isInvalidRange() {
    assertThatThrownBy(
            () ->
                s3.getObjectAsBytes(
                    request -> request.bucket(bucket).key(KEYS.get(0)).range("bytes=100-200")))
        .isInstanceOf(S3Exception.class)
        .satisfies(e -> assertThat(((S3Exception) e).statusCode()).isEqualTo(416))
        .satisfies(e -> assertThat(code(e)).isEqualTo("InvalidRange"));
  }

  private static String code(Throwable e) {
    return ((S3Exception) e).awsErrorDetails().errorCode();
  }
}
