package dev.kiroworker.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.config.Settings;
import dev.kiroworker.handlers.json.JsonMapper;
import dev.kiroworker.handlers.lambda.AwsClients;
import dev.kiroworker.handlers.lambda.JsonStreamHandler;
import dev.kiroworker.handlers.lock.DynamoDbLock;
import dev.kiroworker.handlers.lock.ExecutionArn;
import dev.kiroworker.handlers.lock.ExecutionCleanup;
import dev.kiroworker.handlers.lock.WorkItemId;
import dev.kiroworker.handlers.lock.WorkItemIdPath;
import java.time.Clock;

/**
 * The ReleaseLock state, and the target of the EventBridge rule on "Step Functions Execution Status
 * Change": an aborted, timed-out or failed execution skips its own release, so the rule releases
 * whatever it still holds. Only the owner's locks are ever released.
 */
public final class ReleaseLockHandler extends JsonStreamHandler {

  /** The state's input: {@code {"executionArn.$": "$$.Execution.Id", "workItemId.$": ...}}. */
  record Request(String executionArn, String workItemId) {}

  private final DynamoDbLock lock;
  private final ExecutionCleanup cleanup;

  /** For the Lambda runtime. */
  public ReleaseLockHandler() {
    this(
        new DynamoDbLock(
            AwsClients.dynamoDb(),
            LockSetup.from(Settings.fromEnvironment()).settings(),
            Clock.systemUTC()));
  }

  ReleaseLockHandler(DynamoDbLock lock) {
    this.lock = lock;
    this.cleanup = new ExecutionCleanup(lock, JsonMapper.shared(), WorkItemIdPath.DEFAULT);
  }

  @Override
  protected Object handle(JsonNode event) {
    if (event.has("detail-type")) {
      return cleanup.handle(event);
    }
    Request request = bind(event, Request.class);
    ExecutionArn owner = ExecutionArn.of(request.executionArn());
    return request.workItemId() == null
        ? lock.releaseAllHeldBy(owner)
        : lock.release(WorkItemId.of(request.workItemId()), owner);
  }
}
