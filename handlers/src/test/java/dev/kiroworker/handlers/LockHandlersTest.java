package dev.kiroworker.handlers;

import static dev.kiroworker.handlers.HandlerInvocation.invoke;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.config.Settings;
import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.handlers.lock.DynamoDbLock;
import dev.kiroworker.handlers.lock.Lease;
import dev.kiroworker.handlers.lock.LockSettings;
import dev.kiroworker.testsupport.AwsEmulatorExtension;
import dev.kiroworker.testsupport.AwsEmulators;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@ExtendWith(AwsEmulatorExtension.class)
class LockHandlersTest {

  private static final String FIRST =
      "arn:aws:states:us-east-1:123456789012:execution:kiro-worker-test:first";
  private static final String SECOND =
      "arn:aws:states:us-east-1:123456789012:execution:kiro-worker-test:second";

  private AcquireLockHandler acquire;
  private ReleaseLockHandler release;

  @BeforeEach
  void createTable(AwsEmulators aws, DynamoDbClient dynamoDb) {
    String table = aws.createTable("locks", "lockId");
    var lock = new DynamoDbLock(dynamoDb, LockSettings.of(table), Clock.systemUTC());
    acquire =
        new AcquireLockHandler(lock, Lease.of(Duration.ofMinutes(60), Duration.ofMinutes(15)));
    release = new ReleaseLockHandler(lock);
  }

  @Test
  void acquireLock_thenBusyForAnotherExecution_thenReleasedByItsOwner() {
    JsonNode first = invoke(acquire, event(FIRST, "PVTI_item1"));
    JsonNode second = invoke(acquire, event(SECOND, "PVTI_item2"));
    JsonNode refused = invoke(release, event(SECOND, "PVTI_item1"));
    JsonNode released = invoke(release, event(FIRST, "PVTI_item1"));

    assertThat(first.get("acquired").asBoolean()).isTrue();
    assertThat(first.get("slot").asInt()).isZero();
    assertThat(second.get("acquired").asBoolean()).isFalse();
    assertThat(second.get("status").asText()).isEqualTo("ALL_SLOTS_BUSY");
    assertThat(second.get("heldBy").get(0).asText()).isEqualTo(FIRST);
    assertThat(refused.get("released").asBoolean()).isFalse();
    assertThat(released.get("released").asBoolean()).isTrue();
  }

  @Test
  void releaseLock_withoutAWorkItem_releasesEverythingTheExecutionHolds() {
    invoke(acquire, event(FIRST, "PVTI_item1"));

    JsonNode released = invoke(release, "{\"executionArn\":\"" + FIRST + "\"}");

    assertThat(released.get("released").asBoolean()).isTrue();
    assertThat(invoke(acquire, event(SECOND, "PVTI_item1")).get("acquired").asBoolean()).isTrue();
  }

  @Test
  void releaseLock_onAnAbortedExecutionEvent_cleansUp() throws Exception {
    String abortedArn =
        "arn:aws:states:us-east-1:123456789012:execution:kiro-worker-test:aborted-run";
    invoke(acquire, event(abortedArn, "PVTI_item1"));
    String template =
        Files.readString(
            dev.kiroworker.testsupport.HarnessSettings.fromEnvironment()
                .repositoryRoot()
                .resolve(
                    "handlers/src/test/resources/events/execution-status-change-aborted.json"));
    String sampleArn =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(template)
            .at("/detail/executionArn")
            .asText();

    JsonNode result = invoke(release, template.replace(sampleArn, abortedArn));

    assertThat(result.get("ignored").asBoolean()).isFalse();
    assertThat(result.at("/release/released").asBoolean()).isTrue();
  }

  @Test
  void badEvents_failPermanentlyWithAPlainMessage() {
    assertThatThrownBy(() -> invoke(acquire, "{not json"))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> invoke(acquire, ""))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> invoke(acquire, "{\"executionArn\":[1]}"))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("does not fit Request");
    assertThatThrownBy(() -> invoke(acquire, event("not-an-arn", "PVTI_item1")))
        .isInstanceOf(PermanentException.class);
  }

  @Test
  void lockSetup_readsTheDeploymentSettings() {
    var setup =
        LockSetup.from(
            Settings.of(
                Map.of(
                    "KIRO_LOCK_TABLE", "kiro-worker-test-locks",
                    "KIRO_LOCK_SLOTS", "3",
                    "KIRO_BUILD_TIMEOUT_MINUTES", "90")));
    var defaults = LockSetup.from(Settings.of(Map.of("KIRO_LOCK_TABLE", "t-locks")));

    assertThat(setup.settings().slots()).isEqualTo(3);
    assertThat(setup.lease().buildTimeout()).isEqualTo(Duration.ofMinutes(90));
    assertThat(setup.lease().margin()).isEqualTo(Duration.ofMinutes(15));
    assertThat(defaults.settings().slots()).isOne();
    assertThat(defaults.lease().buildTimeout()).isEqualTo(Duration.ofMinutes(60));
    assertThatThrownBy(
            () ->
                LockSetup.from(
                    Settings.of(Map.of("KIRO_LOCK_TABLE", "t", "KIRO_LOCK_SLOTS", "two"))))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("KIRO_LOCK_SLOTS is 'two'");
  }

  private static String event(String executionArn, String workItemId) {
    return "{\"executionArn\":\"" + executionArn + "\",\"workItemId\":\"" + workItemId + "\"}";
  }
}
