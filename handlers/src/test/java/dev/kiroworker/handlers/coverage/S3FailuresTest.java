package dev.kiroworker.handlers.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.handlers.errors.TransientException;
import dev.kiroworker.testsupport.AwsEmulatorExtension;
import dev.kiroworker.testsupport.AwsEmulators;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * S3's answers, from real SDK clients: the emulator for what it can produce, a loopback HTTP server
 * speaking S3's error format for what it cannot (throttling and 5xx).
 */
@ExtendWith(AwsEmulatorExtension.class)
class S3FailuresTest {

  private static final ReportLocation LOCATION = ReportLocation.parse("s3://reports/build-1/");

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"503, SlowDown", "500, InternalError", "429, TooManyRequests", "400, InvalidRequest"})
  void read_whenS3AnswersAnError_mapsItByStatus(int status, String code) throws IOException {
    HttpServer server = s3Answering(status, code);
    try (S3Client s3 = LoopbackS3Clients.pointingAt(endpoint(server), "key", "secret")) {
      var thrown = assertThatThrownBy(() -> new ReportStore(s3).read(LOCATION));

      if (status >= 429 && status != 400) {
        thrown
            .isInstanceOf(TransientException.class)
            .hasMessageContaining(
                "S3 answered " + status + " " + code + " while listing " + LOCATION)
            .hasMessageContaining("retry later");
      } else {
        thrown
            .isInstanceOf(PermanentException.class)
            .hasMessageContaining("S3 rejected the request (" + status + " " + code + ")");
      }
    } finally {
      server.stop(0);
    }
  }

  @Test
  void read_whenS3CannotBeReached_isTransient() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    URI nobody = URI.create("http://127.0.0.1:" + closedPort);
    try (S3Client s3 = LoopbackS3Clients.pointingAt(nobody, "key", "secret")) {
      assertThatThrownBy(() -> new ReportStore(s3).read(LOCATION))
          .isInstanceOf(TransientException.class)
          .hasMessageContaining("S3 could not be reached while listing " + LOCATION);
    }
  }

  @Test
  void translate_missingKey_isPermanent(AwsEmulators aws, S3Client s3) {
    String bucket = aws.uniqueName("reports");
    s3.createBucket(request -> request.bucket(bucket));
    SdkException missing =
        catchSdk(() -> s3.getObjectAsBytes(request -> request.bucket(bucket).key("gone.xml")));

    RuntimeException translated =
        S3Failures.translate(missing, "reading s3://" + bucket + "/gone.xml");

    assertThat(missing).isInstanceOf(NoSuchKeyException.class);
    assertThat(translated)
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining(
            "The object does not exist while reading s3://" + bucket + "/gone.xml")
        .hasCause(missing);
  }

  @Test
  void translate_otherSdkFailure_isTransient() {
    SdkException other = SdkException.builder().message("checksum mismatch").build();

    assertThat(S3Failures.translate(other, "reading x"))
        .isInstanceOf(TransientException.class)
        .hasMessageContaining("S3 failed while reading x: checksum mismatch");
  }

  private static SdkException catchSdk(Runnable call) {
    try {
      call.run();
    } catch (SdkException e) {
      return e;
    }
    throw new AssertionError("the call was expected to fail");
  }

  private static HttpServer s3Answering(int status, String code) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    byte[] body =
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>"
                + code
                + "</Code><Message>scripted</Message><RequestId>1</RequestId></Error>")
            .getBytes(StandardCharsets.UTF_8);
    server.createContext(
        "/",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "application/xml");
          exchange.sendResponseHeaders(status, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    return server;
  }

  private static URI endpoint(HttpServer server) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }
}
