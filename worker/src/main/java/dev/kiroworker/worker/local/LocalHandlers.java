package dev.kiroworker.worker.local;

import dev.kiroworker.handlers.WorkflowHandlers;
import dev.kiroworker.handlers.config.Settings;
import java.time.Clock;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The workflow's handlers as a local run wires them: the lock in {@code lockTable} with a lease
 * that outlives the local build's timeout, reports read from S3, the system clock. The caller adds
 * GitHub and the project document.
 */
public final class LocalHandlers {

  private LocalHandlers() {}

  public static WorkflowHandlers.Builder builder(
      String lockTable, DynamoDbClient dynamoDb, S3Client s3) {
    return WorkflowHandlers.builder()
        .settings(
            Settings.of(
                Map.of(
                    "KIRO_LOCK_TABLE",
                    lockTable,
                    "KIRO_BUILD_TIMEOUT_MINUTES",
                    LocalWorkflow.BUILD_TIMEOUT_MINUTES)))
        .dynamoDb(dynamoDb)
        .s3(s3)
        .clock(Clock.systemUTC());
  }
}
