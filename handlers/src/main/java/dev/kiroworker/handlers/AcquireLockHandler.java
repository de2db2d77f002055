package dev.kiroworker.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.config.Settings;
import dev.kiroworker.handlers.lambda.AwsClients;
import dev.kiroworker.handlers.lambda.JsonStreamHandler;
import dev.kiroworker.handlers.lock.AcquireResult;
import dev.kiroworker.handlers.lock.DynamoDbLock;
import dev.kiroworker.handlers.lock.ExecutionArn;
import dev.kiroworker.handlers.lock.Lease;
import dev.kiroworker.handlers.lock.WorkItemId;
import java.time.Clock;

/**
 * The AcquireLock state: takes a slot and the work item's key for this execution. A busy lock is a
 * result ({@code acquired: false}) for the workflow's GotLock choice, not an error.
 */
public final class AcquireLockHandler extends JsonStreamHandler {

  /** The state's input: {@code {"executionArn.$": "$$.Execution.Id", "workItemId.$": ...}}. */
  record Request(String executionArn, String workItemId) {}

  private final DynamoDbLock lock;
  private final Lease lease;

  /** For the Lambda runtime: settings from the environment, the container's DynamoDB client. */
  public AcquireLockHandler() {
    this(LockSetup.from(Settings.fromEnvironment()));
  }

  private AcquireLockHandler(LockSetup setup) {
    this(
        new DynamoDbLock(AwsClients.dynamoDb(), setup.settings(), Clock.systemUTC()),
        setup.lease());
  }

  AcquireLockHandler(DynamoDbLock lock, Lease lease) {
    this.lock = lock;
    this.lease = lease;
  }

  @Override
  protected AcquireResult handle(JsonNode event) {
    Request request = bind(event, Request.class);
    return lock.acquire(
        WorkItemId.of(request.workItemId()), ExecutionArn.of(request.executionArn()), lease);
  }
}
