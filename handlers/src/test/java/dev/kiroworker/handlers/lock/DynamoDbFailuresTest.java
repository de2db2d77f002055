package dev.kiroworker.handlers.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.handlers.errors.TransientException;
import dev.kiroworker.testsupport.AwsEmulators;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/** Which DynamoDB failures the workflow retries and which need someone to fix something. */
class DynamoDbFailuresTest {

  @ParameterizedTest
  @ValueSource(strings = {"ThrottlingException", "RequestLimitExceeded"})
  void translate_throttling_isTransient(String code) {
    RuntimeException translated =
        DynamoDbFailures.translate(service(400, code), "claim slot#0", "locks");

    assertThat(translated)
        .isInstanceOf(TransientException.class)
        .hasMessage(
            "cannot claim slot#0 in lock table 'locks': DynamoDB answered 400 "
                + code
                + " (throttled); retry with backoff");
  }

  @Test
  void translate_provisionedThroughputExceeded_isTransient() {
    var failure =
        ProvisionedThroughputExceededException.builder()
            .statusCode(400)
            .awsErrorDetails(details("ProvisionedThroughputExceededException"))
            .build();

    assertThat(DynamoDbFailures.translate(failure, "read slot#0", "locks"))
        .isInstanceOf(TransientException.class)
        .hasCause(failure);
  }

  @Test
  void translate_tooManyRequestsWithoutACode_isTransient() {
    var failure = service(429, null);

    assertThat(DynamoDbFailures.translate(failure, "read x", "locks"))
        .isInstanceOf(TransientException.class);
  }

  @Test
  void translate_serverError_isTransient() {
    assertThat(DynamoDbFailures.translate(service(500, "InternalServerError"), "read x", "locks"))
        .isInstanceOf(TransientException.class)
        .hasMessageEndingWith("DynamoDB answered 500 InternalServerError; retry later");
  }

  @Test
  void translate_clientSideFailure_isTransient() {
    var failure = SdkClientException.create("Unable to execute HTTP request: Connection reset");

    assertThat(DynamoDbFailures.translate(failure, "read x", "locks"))
        .isInstanceOf(TransientException.class)
        .hasMessage(
            "cannot read x in lock table 'locks': DynamoDB could not be reached (Unable to"
                + " execute HTTP request: Connection reset); retry later");
  }

  @ParameterizedTest
  @ValueSource(strings = {"AccessDeniedException", "UnrecognizedClientException"})
  void translate_accessDenied_isPermanentAndNamesThePermissions(String code) {
    assertThat(DynamoDbFailures.translate(service(400, code), "claim slot#0", "locks"))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("grant the function's role dynamodb:GetItem, BatchGetItem, PutItem");
  }

  @Test
  void translate_forbiddenWithoutACode_isPermanent() {
    var failure = service(403, null);

    assertThat(DynamoDbFailures.translate(failure, "claim slot#0", "locks"))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("DynamoDB answered 403: grant");
  }

  @Test
  void translate_validationError_isPermanent() {
    assertThat(DynamoDbFailures.translate(service(400, "ValidationException"), "claim x", "locks"))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("400 ValidationException")
        .hasMessageEndingWith("this request will not succeed as is");
  }

  @Test
  void translate_missingTable_isPermanentAndSaysWhatToDo() {
    var failure = ResourceNotFoundException.builder().statusCode(400).message("not found").build();

    assertThat(DynamoDbFailures.translate(failure, "read slot#0", "locks"))
        .isInstanceOf(PermanentException.class)
        .hasMessage(
            "cannot read slot#0 in lock table 'locks': the table does not exist in this account"
                + " and region; deploy the state stack or correct the lock table name");
  }

  @Test
  void acquire_whenDynamoDbCannotBeReached_failsTransiently() throws Exception {
    URI closedPort;
    try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }
    try (DynamoDbClient unreachable =
        DynamoDbClient.builder()
            .endpointOverride(closedPort)
            .region(AwsEmulators.REGION)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
            .httpClient(UrlConnectionHttpClient.create())
            .overrideConfiguration(config -> config.retryStrategy(AwsRetryStrategy.doNotRetry()))
            .build()) {
      var lock = new DynamoDbLock(unreachable, LockSettings.of("locks"), Clock.systemUTC());

      assertThatThrownBy(
              () ->
                  lock.acquire(
                      WorkItemId.of("PVTI_1"),
                      DynamoDbLockTest.execution("run-1"),
                      Lease.of(Duration.ofHours(1), Duration.ofMinutes(5))))
          .isInstanceOf(TransientException.class)
          .hasMessageStartingWith(
              "cannot read the slots in lock table 'locks': DynamoDB could not be reached");
    }
  }

  private static DynamoDbException service(int status, String code) {
    return (DynamoDbException)
        DynamoDbException.builder().statusCode(status).awsErrorDetails(details(code)).build();
  }

  private static AwsErrorDetails details(String code) {
    return AwsErrorDetails.builder().errorCode(code).errorMessage("from the test").build();
  }
}
