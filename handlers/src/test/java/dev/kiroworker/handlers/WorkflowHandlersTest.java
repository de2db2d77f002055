package dev.kiroworker.handlers;

import static dev.kiroworker.handlers.HandlerInvocation.invoke;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.config.ProjectConfigParser;
import dev.kiroworker.handlers.config.Settings;
import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.testsupport.AwsEmulatorExtension;
import dev.kiroworker.testsupport.AwsEmulators;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

@ExtendWith(AwsEmulatorExtension.class)
class WorkflowHandlersTest {

  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
  private static final String EXECUTION =
      "arn:aws:states:us-east-1:123456789012:execution:kiro-worker-local:run-1";

  @Test
  void build_givesTheSixHandlersUnderTheWorkflowsFunctionNames(
      AwsEmulators aws, DynamoDbClient dynamoDb, S3Client s3) {
    Map<String, RequestStreamHandler> handlers =
        builder(Map.of("KIRO_LOCK_TABLE", "locks"), dynamoDb, s3).build();

    assertThat(handlers)
        .containsOnlyKeys(
            "DiscoverWorkItem",
            "ValidateSpec",
            "AcquireLock",
            "ReleaseLock",
            "ParseCoverage",
            "UpdatePullRequest");
    assertThat(handlers.get("UpdatePullRequest")).isInstanceOf(UpdatePullRequestHandler.class);
  }

  @Test
  void lockHandlers_useTheGivenTableClientClockAndLease(
      AwsEmulators aws, DynamoDbClient dynamoDb, S3Client s3) {
    String table = aws.createTable("factory-locks", "lockId");
    Map<String, RequestStreamHandler> handlers =
        builder(Map.of("KIRO_LOCK_TABLE", table, "KIRO_BUILD_TIMEOUT_MINUTES", "30"), dynamoDb, s3)
            .build();
    String event = "{\"executionArn\":\"" + EXECUTION + "\",\"workItemId\":\"PVTI_item1\"}";

    JsonNode acquired = invoke(handlers.get("AcquireLock"), event);
    JsonNode released = invoke(handlers.get("ReleaseLock"), event);

    assertThat(acquired.get("acquired").asBoolean()).isTrue();
    // 30 minutes of build and the default 15 of margin, from the fixed clock.
    assertThat(acquired.get("expiresAt").asLong()).isEqualTo(NOW.getEpochSecond() + 45 * 60);
    assertThat(released.get("released").asBoolean()).isTrue();
  }

  @Test
  void build_withoutALockTable_failsNamingTheSetting(DynamoDbClient dynamoDb, S3Client s3) {
    assertThatThrownBy(() -> builder(Map.of(), dynamoDb, s3).build())
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("KIRO_LOCK_TABLE");
  }

  @Test
  void build_withoutAProjectConfiguration_failsNamingIt(DynamoDbClient dynamoDb, S3Client s3) {
    assertThatThrownBy(
            () ->
                builder(Map.of("KIRO_LOCK_TABLE", "locks"), dynamoDb, s3)
                    .projectConfig(null)
                    .build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("projectConfig");
  }

  private static WorkflowHandlers.Builder builder(
      Map<String, String> settings, DynamoDbClient dynamoDb, S3Client s3) {
    return WorkflowHandlers.builder()
        .settings(Settings.of(settings))
        .dynamoDb(dynamoDb)
        .s3(s3)
        .gitHub(URI.create("http://127.0.0.1:9"), "ghp_16C7e42F292c6912E7710c838347Ae178B4a")
        .sleeper(duration -> {})
        .projectConfig(
            ProjectConfigParser.parse(
                "{\"owner\": \"octo-org\", \"projectNumber\": 7,"
                    + " \"repositories\": [\"octo-org/sample-service\"]}",
                "the test"))
        .clock(Clock.fixed(NOW, ZoneOffset.UTC));
  }
}
