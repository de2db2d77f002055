package dev.kiroworker.handlers.github.token;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import dev.kiroworker.handlers.json.JsonMapper;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * A loopback stand-in for Secrets Manager that speaks its JSON 1.1 protocol ({@code POST /} with
 * {@code X-Amz-Target: secretsmanager.GetSecretValue}), so the real SDK client can be tested
 * against it: the emulators used elsewhere do not cover Secrets Manager.
 */
final class SecretsManagerStub implements AutoCloseable {

  static final String ARN =
      "arn:aws:secretsmanager:eu-west-1:123456789012:secret:kiro-worker/github-token-Ab12Cd";
  private static final String CONTENT_TYPE = "application/x-amz-json-1.1";

  private final WireMockServer server;

  SecretsManagerStub() {
    server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
  }

  /** The stub's address, for an endpoint override. */
  String endpoint() {
    return "http://127.0.0.1:" + server.port();
  }

  /** A real client aimed at the stub, without SDK retries so each test sees one request. */
  SecretsManagerClient client() {
    return SecretsManagerClient.builder()
        .endpointOverride(URI.create(endpoint()))
        .region(Region.EU_WEST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "stub-secret-key")))
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(config -> config.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }

  /** GetSecretValue answers with {@code secretString}. */
  void secretString(String secretString) {
    ObjectNode body = JsonMapper.shared().createObjectNode();
    body.put("ARN", ARN);
    body.put("Name", "kiro-worker/github-token");
    body.put("VersionId", "b9d7c6a5-1e2f-4a3b-8c4d-5e6f7a8b9c0d");
    body.put("SecretString", secretString);
    body.putArray("VersionStages").add("AWSCURRENT");
    body.put("CreatedDate", 1.7956872E9);
    server.stubFor(
        getSecretValue()
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", CONTENT_TYPE)
                    .withBody(body.toString())));
  }

  /** GetSecretValue fails with AWS error {@code type}. */
  void error(int status, String type, String message) {
    ObjectNode body = JsonMapper.shared().createObjectNode();
    body.put("__type", type);
    body.put("message", message);
    server.stubFor(
        getSecretValue()
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", CONTENT_TYPE)
                    .withHeader("x-amzn-ErrorType", type)
                    .withBody(body.toString())));
  }

  /** How many GetSecretValue requests for {@link #ARN} arrived. */
  int requests() {
    return server
        .findAll(
            com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("secretsmanager.GetSecretValue"))
                .withRequestBody(
                    com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath(
                        "$.SecretId", equalTo(ARN))))
        .size();
  }

  void reset() {
    server.resetAll();
  }

  void stop() {
    server.stop();
  }

  @Override
  public void close() {
    stop();
  }

  private static MappingBuilder getSecretValue() {
    return post(urlEqualTo("/"))
        .withHeader("X-Amz-Target", equalTo("secretsmanager.GetSecretValue"));
  }
}
