package dev.kiroworker.worker.local.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * What the embedded S3 refuses: requests kiro-worker does not make get S3's NotImplemented error
 * naming them, and an aws-chunked upload is refused rather than stored with its chunk framing.
 */
class EmbeddedS3RefusalTest {

  private static final String BUCKET = "refusals";
  private static EmbeddedAws aws;
  private static S3Client s3;

  @BeforeAll
  static void startWithABucket() {
    aws = EmbeddedAws.start();
    s3 = aws.s3();
    s3.createBucket(request -> request.bucket(BUCKET));
    s3.putObject(request -> request.bucket(BUCKET).key("a.txt"), RequestBody.fromString("a"));
  }

  @AfterAll
  static void stop() {
    aws.close();
  }

  @Test
  void deleteObject_isNotImplementedAndSaysSo() {
    assertThatThrownBy(() -> s3.deleteObject(request -> request.bucket(BUCKET).key("a.txt")))
        .isInstanceOf(S3Exception.class)
        .hasMessageContaining("does not support DeleteObject")
        .hasMessageContaining("AWS_ENDPOINT_URL_S3")
        .satisfies(e -> assertThat(((S3Exception) e).statusCode()).isEqualTo(501));
  }

  @Test
  void copyObject_listBucketsAndListObjectsV1_areNotImplemented() {
    assertThatThrownBy(
            () ->
                s3.copyObject(
                    request ->
                        request
                            .sourceBucket(BUCKET)
                            .sourceKey("a.txt")
                            .destinationBucket(BUCKET)
                            .destinationKey("b.txt")))
        .hasMessageContaining("CopyObject");
    assertThatThrownBy(() -> s3.listBuckets()).hasMessageContaining("ListBuckets");
    assertThatThrownBy(() -> s3.listObjects(request -> request.bucket(BUCKET)))
        .hasMessageContaining("ListObjects (version 1)");
  }

  @Test
  void listObjectsV2_withADelimiter_isNotImplemented() {
    assertThatThrownBy(() -> s3.listObjectsV2(request -> request.bucket(BUCKET).delimiter("/")))
        .isInstanceOf(S3Exception.class)
        .hasMessageContaining("delimiter");
  }

  @Test
  void objectSubResources_areNotImplemented() {
    assertThatThrownBy(() -> s3.getObjectTagging(request -> request.bucket(BUCKET).key("a.txt")))
        .hasMessageContaining("GetObject with ?[tagging]");
  }

  @Test
  void createBucket_twice_isBucketAlreadyOwnedByYou() {
    assertThatThrownBy(() -> s3.createBucket(request -> request.bucket(BUCKET)))
        .isInstanceOf(S3Exception.class)
        .satisfies(
            e ->
                assertThat(((S3Exception) e).awsErrorDetails().errorCode())
                    .isEqualTo("BucketAlreadyOwnedByYou"));
  }

  @Test
  void putObject_withAwsChunkedBody_isRefusedNotStoredWithItsFraming() {
    try (S3Client chunked =
        S3Client.builder()
            .endpointOverride(aws.s3Endpoint())
            .region(EmbeddedAws.REGION)
            .credentialsProvider(aws.s3().serviceClientConfiguration().credentialsProvider())
            .forcePathStyle(true)
            .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(true).build())
            .build()) {
      assertThatThrownBy(
              () ->
                  chunked.putObject(
                      request -> request.bucket(BUCKET).key("chunked.txt"),
                      RequestBody.fromString("framed")))
          .isInstanceOf(S3Exception.class)
          .hasMessageContaining("aws-chunked");
    }
    assertThatThrownBy(() -> s3.headObject(request -> request.bucket(BUCKET).key("chunked.txt")))
        .isInstanceOf(S3Exception.class);
  }

  @Test
  void rawRequests_withBadParametersOrRanges_getS3ErrorXml() throws Exception {
    URI endpoint = aws.s3Endpoint();
    try (HttpClient http = HttpClient.newHttpClient()) {
      var badMaxKeys = get(http, endpoint.resolve("/" + BUCKET + "?list-type=2&max-keys=many"));
      var negativeMaxKeys = get(http, endpoint.resolve("/" + BUCKET + "?list-type=2&max-keys=-1"));
      var badEncoding = get(http, endpoint.resolve("/" + BUCKET + "?list-type=2&encoding-type=b"));
      var root = get(http, endpoint.resolve("/"));
      var post =
          http.send(
              HttpRequest.newBuilder(endpoint.resolve("/" + BUCKET + "/a.txt?uploads"))
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      var badRanges =
          http.send(
              HttpRequest.newBuilder(endpoint.resolve("/" + BUCKET + "/a.txt"))
                  .header("Range", "bytes=0-0,1-1")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      var itemsRange =
          http.send(
              HttpRequest.newBuilder(endpoint.resolve("/" + BUCKET + "/a.txt"))
                  .header("Range", "items=0-1")
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(badMaxKeys.body()).contains("<Code>InvalidArgument</Code>");
      assertThat(negativeMaxKeys.body()).contains("<Code>InvalidArgument</Code>");
      assertThat(badEncoding.body()).contains("Invalid Encoding Method");
      assertThat(root.body()).contains("ListBuckets");
      assertThat(post.statusCode()).isEqualTo(501);
      assertThat(post.body()).contains("POST on an object");
      assertThat(badRanges.body()).contains("multiple ranges");
      assertThat(itemsRange.statusCode()).isEqualTo(400);
    }
  }

  private static HttpResponse<String> get(HttpClient http, URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }
}
