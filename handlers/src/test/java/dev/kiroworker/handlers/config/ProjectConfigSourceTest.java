package dev.kiroworker.handlers.config;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.handlers.errors.TransientException;
import dev.kiroworker.testsupport.ManualClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * A real SsmClient against a WireMock server that answers in SSM's JSON protocol (no SSM emulator
 * runs here): the request the SDK sends and the responses it parses are the real ones.
 */
class ProjectConfigSourceTest {

  private static final String TARGET = "AmazonSSM.GetParameter";
  private static final String DOCUMENT =
      "{\\\"owner\\\":\\\"octo-org\\\",\\\"projectNumber\\\":7,\\\"repositories\\\":[\\\"octo-org/sample-service\\\"]}";

  private WireMockServer ssmEndpoint;
  private SsmClient ssm;
  private ManualClock clock;

  @BeforeEach
  void start() {
    ssmEndpoint = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    ssmEndpoint.start();
    ssm =
        SsmClient.builder()
            .endpointOverride(URI.create("http://127.0.0.1:" + ssmEndpoint.port()))
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
            .httpClient(UrlConnectionHttpClient.create())
            .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
            .build();
    clock = new ManualClock(Instant.parse("2026-11-26T10:00:00Z"));
  }

  @AfterEach
  void stop() {
    ssm.close();
    ssmEndpoint.stop();
  }

  @Test
  void get_readsTheParameterWithDecryption_andCachesItForFiveMinutes() {
    answer(
        200,
        "{\"Parameter\":{\"Name\":\"/kiro-worker/test/github-project-config\",\"Type\":\"String\",\"Value\":\""
            + DOCUMENT
            + "\",\"Version\":1}}");
    var source = new ProjectConfigSource(ssm, "/kiro-worker/test/github-project-config", clock);

    ProjectConfig first = source.get();
    clock.advance(Duration.ofMinutes(4));
    ProjectConfig cached = source.get();
    clock.advance(Duration.ofMinutes(2));
    source.get();

    assertThat(first.owner()).isEqualTo("octo-org");
    assertThat(cached).isSameAs(first);
    ssmEndpoint.verify(
        2,
        postRequestedFor(urlEqualTo("/"))
            .withHeader("X-Amz-Target", equalTo(TARGET))
            .withRequestBody(
                equalTo(
                    "{\"Name\":\"/kiro-worker/test/github-project-config\",\"WithDecryption\":true}")));
  }

  @Test
  void missingParameter_isPermanent_andSaysHowToFixIt() {
    answer(400, "{\"__type\":\"ParameterNotFound\",\"message\":\"Parameter not found\"}");

    assertThatThrownBy(() -> new ProjectConfigSource(ssm, "/kiro-worker/test/x", clock).get())
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("/kiro-worker/test/x does not exist");
  }

  @Test
  void throttlingAndServerErrors_areTransient() {
    answer(400, "{\"__type\":\"ThrottlingException\",\"message\":\"Rate exceeded\"}");
    assertThatThrownBy(() -> new ProjectConfigSource(ssm, "/p", clock).get())
        .isInstanceOf(TransientException.class);

    answer(500, "{\"__type\":\"InternalServerError\",\"message\":\"oops\"}");
    assertThatThrownBy(() -> new ProjectConfigSource(ssm, "/p", clock).get())
        .isInstanceOf(TransientException.class);
  }

  @Test
  void accessDenied_isPermanent_andAnUnreachableEndpointTransient() {
    answer(400, "{\"__type\":\"AccessDeniedException\",\"message\":\"not allowed\"}");
    assertThatThrownBy(() -> new ProjectConfigSource(ssm, "/p", clock).get())
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("Reading the SSM parameter /p failed");

    ssmEndpoint.stop();
    assertThatThrownBy(() -> new ProjectConfigSource(ssm, "/p", clock).get())
        .isInstanceOf(TransientException.class)
        .hasMessageContaining("could not be reached");
  }

  @Test
  void invalidDocument_namesTheParameter() {
    answer(
        200,
        "{\"Parameter\":{\"Name\":\"/p\",\"Type\":\"String\",\"Value\":\"{}\",\"Version\":1}}");

    assertThatThrownBy(() -> new ProjectConfigSource(ssm, "/p", clock).get())
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("'projectNumber' must be a whole number");
  }

  private void answer(int status, String body) {
    ssmEndpoint.resetAll();
    ssmEndpoint.stubFor(
        post(urlEqualTo("/"))
            .withHeader("X-Amz-Target", equalTo(TARGET))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/x-amz-json-1.1")
                    .withBody(body)));
  }
}
