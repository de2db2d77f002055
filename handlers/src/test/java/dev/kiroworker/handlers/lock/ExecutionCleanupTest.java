package dev.kiroworker.handlers.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.testsupport.AwsEmulatorExtension;
import dev.kiroworker.testsupport.AwsEmulators;
import dev.kiroworker.testsupport.ManualClock;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@ExtendWith(AwsEmulatorExtension.class)
class ExecutionCleanupTest {

  static final ObjectMapper MAPPER = new ObjectMapper();
  static final ExecutionArn ABORTED_RUN =
      ExecutionArn.of(
          "arn:aws:states:us-east-1:123456789012:execution:kiro-worker-test:run-aborted-0042");
  static final ExecutionArn OTHER_RUN = DynamoDbLockTest.execution("run-other");
  static final WorkItemId FROM_INPUT = WorkItemId.of("PVTI_lADOBa7Qz84AkR2szgTx0Ys");
  static final WorkItemId OTHER_ITEM = WorkItemId.of("PVTI_other");
  static final Lease LEASE = Lease.of(Duration.ofHours(1), Duration.ofMinutes(10));

  private final ManualClock clock = new ManualClock(Instant.parse("2025-03-14T09:20:00Z"));
  private DynamoDbLock lock;
  private ExecutionCleanup cleanup;

  @BeforeEach
  void createLock(AwsEmulators aws, DynamoDbClient dynamoDb) {
    lock = new DynamoDbLock(dynamoDb, new LockSettings(LockTables.create(aws, dynamoDb), 2), clock);
    cleanup = new ExecutionCleanup(lock, MAPPER, WorkItemIdPath.DEFAULT);
  }

  @Test
  void handle_abortedExecution_releasesItsSlotAndWorkItem() throws IOException {
    lock.acquire(FROM_INPUT, ABORTED_RUN, LEASE);
    lock.acquire(OTHER_ITEM, OTHER_RUN, LEASE);

    CleanupResult result = cleanup.handle(abortedEvent());

    assertThat(result.executionArn()).isEqualTo(ABORTED_RUN);
    assertThat(result.status()).isEqualTo("ABORTED");
    assertThat(result.ignored()).isFalse();
    assertThat(result.release().releasedLocks()).containsExactly("item#" + FROM_INPUT, "slot#0");
    assertThat(result.reason())
        .startsWith("ABORTED: work item " + FROM_INPUT + " from the execution input; released");
    assertThat(lock.currentHolder(FROM_INPUT)).isEmpty();
    assertThat(lock.currentHolder(OTHER_ITEM).map(LockRecord::owner)).contains(OTHER_RUN);
  }

  @Test
  void handle_timedOutExecutionWithoutInput_findsItsLocksThroughTheSlots() throws IOException {
    lock.acquire(OTHER_ITEM, OTHER_RUN, LEASE);
    lock.acquire(FROM_INPUT, ABORTED_RUN, LEASE);
    ObjectNode event = abortedEvent();
    detail(event).put("status", "TIMED_OUT").putNull("input");
    detail(event).putObject("inputDetails").put("included", false);

    CleanupResult result = cleanup.handle(event);

    assertThat(result.release().releasedLocks()).containsExactly("item#" + FROM_INPUT, "slot#1");
    assertThat(result.reason()).contains("the event carries no input; searched the slots");
    assertThat(lock.currentHolder(FROM_INPUT)).isEmpty();
  }

  @Test
  void handle_inputThatIsNotJson_stillReleasesThroughTheSlots() throws IOException {
    lock.acquire(FROM_INPUT, ABORTED_RUN, LEASE);
    ObjectNode event = abortedEvent();
    detail(event).put("input", "{not json");

    CleanupResult result = cleanup.handle(event);

    assertThat(result.release().released()).isTrue();
    assertThat(result.reason()).contains("the execution input is not JSON");
  }

  @Test
  void handle_inputWithoutTheWorkItemPath_stillReleasesThroughTheSlots() throws IOException {
    lock.acquire(FROM_INPUT, ABORTED_RUN, LEASE);
    ObjectNode event = abortedEvent();
    detail(event).put("input", "{\"schedule\":\"every-15-minutes\"}");

    CleanupResult result = cleanup.handle(event);

    assertThat(result.release().releasedLocks()).containsExactly("item#" + FROM_INPUT, "slot#0");
    assertThat(result.reason())
        .contains("the input has no work item id at $.workItem.item.projectItemId");
  }

  @Test
  void handle_inputWithAnInvalidWorkItemId_stillReleasesThroughTheSlots() throws IOException {
    lock.acquire(FROM_INPUT, ABORTED_RUN, LEASE);
    ObjectNode event = abortedEvent();
    detail(event).put("input", "{\"workItem\":{\"item\":{\"projectItemId\":\"item#1; rm -rf\"}}}");

    CleanupResult result = cleanup.handle(event);

    assertThat(result.release().released()).isTrue();
    assertThat(result.reason()).contains("is not a work item id");
  }

  @Test
  void handle_withAConfiguredPath_readsTheWorkItemThere() throws IOException {
    var custom = new ExecutionCleanup(lock, MAPPER, new WorkItemIdPath("$.request.itemId"));
    lock.acquire(FROM_INPUT, ABORTED_RUN, LEASE);
    ObjectNode event = abortedEvent();
    detail(event).put("input", "{\"request\":{\"itemId\":\"" + FROM_INPUT + "\"}}");

    CleanupResult result = custom.handle(event);

    assertThat(result.reason()).contains("work item " + FROM_INPUT + " from the execution input");
    assertThat(lock.currentHolder(FROM_INPUT)).isEmpty();
  }

  @Test
  void handle_failedExecutionThatAlreadyReleased_isANoOp() throws IOException {
    lock.acquire(FROM_INPUT, ABORTED_RUN, LEASE);
    lock.release(FROM_INPUT, ABORTED_RUN);
    ObjectNode event = abortedEvent();
    detail(event).put("status", "FAILED");

    CleanupResult result = cleanup.handle(event);

    assertThat(result.ignored()).isFalse();
    assertThat(result.release().status()).isEqualTo(ReleaseResult.Status.ALREADY_GONE);
  }

  @Test
  void handle_abortedExecutionWhoseLeaseWasTakenOver_leavesTheNewHolderAlone() throws IOException {
    lock.acquire(FROM_INPUT, ABORTED_RUN, LEASE);
    clock.advance(Duration.ofHours(2));
    lock.acquire(FROM_INPUT, OTHER_RUN, LEASE);

    CleanupResult result = cleanup.handle(abortedEvent());

    assertThat(result.release().status()).isEqualTo(ReleaseResult.Status.HELD_BY_ANOTHER);
    assertThat(lock.currentHolder(FROM_INPUT).map(LockRecord::owner)).contains(OTHER_RUN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"SUCCEEDED", "RUNNING", "PENDING_REDRIVE"})
  void handle_statusesThatNeedNoCleanup_areIgnoredAndLeaveTheLock(String status)
      throws IOException {
    lock.acquire(FROM_INPUT, ABORTED_RUN, LEASE);
    ObjectNode event = abortedEvent();
    detail(event).put("status", status);

    CleanupResult result = cleanup.handle(event);

    assertThat(result.ignored()).isTrue();
    assertThat(result.release()).isNull();
    assertThat(result.reason()).startsWith("status " + status + " needs no cleanup");
    assertThat(lock.currentHolder(FROM_INPUT).map(LockRecord::owner)).contains(ABORTED_RUN);
  }

  @Test
  void parse_theDocumentedEvent_readsArnStatusAndInput() throws IOException {
    ExecutionStatusChange change = ExecutionStatusChange.parse(abortedEvent());

    assertThat(change.executionArn()).isEqualTo(ABORTED_RUN);
    assertThat(change.status()).isEqualTo("ABORTED");
    assertThat(MAPPER.readTree(change.input()).at("/workItem/item/projectItemId").asText())
        .isEqualTo(FROM_INPUT.value());
  }

  @Test
  void parse_anotherKindOfEvent_isRejected() throws IOException {
    ObjectNode event = abortedEvent();
    event.put("detail-type", "EC2 Instance State-change Notification").put("source", "aws.ec2");

    assertThatThrownBy(() -> ExecutionStatusChange.parse(event))
        .isInstanceOf(PermanentException.class)
        .hasMessage(
            "expected a 'Step Functions Execution Status Change' event from aws.states, got"
                + " detail-type 'EC2 Instance State-change Notification' from 'aws.ec2'; match"
                + " only that source and detail-type in the EventBridge rule");
  }

  @Test
  void parse_anEventFromAnotherSourceWithTheSameDetailType_isRejected() throws IOException {
    ObjectNode event = abortedEvent();
    event.put("source", "my.app");

    assertThatThrownBy(() -> ExecutionStatusChange.parse(event))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("from 'my.app'");
  }

  @Test
  void parse_anEventWithoutStatus_isRejected() throws IOException {
    ObjectNode event = abortedEvent();
    detail(event).remove("status");

    assertThatThrownBy(() -> ExecutionStatusChange.parse(event))
        .isInstanceOf(PermanentException.class)
        .hasMessage(
            "the Step Functions status change event for " + ABORTED_RUN + " has no detail.status");
  }

  @Test
  void parse_anEventWithoutExecutionArn_isRejected() throws IOException {
    ObjectNode event = abortedEvent();
    detail(event).remove("executionArn");

    assertThatThrownBy(() -> ExecutionStatusChange.parse(event))
        .isInstanceOf(PermanentException.class)
        .hasMessageStartingWith("the lock owner must be a Step Functions execution ARN")
        .hasMessageContaining("got nothing");
  }

  @Test
  void workItemIdPath_thatIsNotPlainFieldNames_isRejected() {
    assertThatThrownBy(() -> new WorkItemIdPath("$.items[0].id"))
        .isInstanceOf(PermanentException.class)
        .hasMessage(
            "the work item id path must be a JSONPath of field names such as"
                + " $.workItem.item.projectItemId, got '$.items[0].id'");
    assertThatThrownBy(() -> new WorkItemIdPath(null)).isInstanceOf(PermanentException.class);
  }

  @Test
  void workItemIdPath_findsOnlyStrings() throws IOException {
    var path = new WorkItemIdPath("$.workItem.id");

    assertThat(path.find(MAPPER.readTree("{\"workItem\":{\"id\":\"PVTI_1\"}}"))).contains("PVTI_1");
    assertThat(path.find(MAPPER.readTree("{\"workItem\":{\"id\":42}}"))).isEmpty();
    assertThat(path.find(MAPPER.readTree("{}"))).isEmpty();
  }

  private static ObjectNode abortedEvent() throws IOException {
    try (InputStream json =
        ExecutionCleanupTest.class.getResourceAsStream(
            "/events/execution-status-change-aborted.json")) {
      return (ObjectNode) MAPPER.readTree(json);
    }
  }

  private static ObjectNode detail(JsonNode event) {
    return (ObjectNode) event.get("detail");
  }
}
