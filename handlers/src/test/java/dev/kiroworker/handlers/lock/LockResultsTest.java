package dev.kiroworker.handlers.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The results the workflow's Choice states read, as JSON, and the invariants they keep. */
class LockResultsTest {

  static final ObjectMapper MAPPER = new ObjectMapper();
  static final ExecutionArn HOLDER = DynamoDbLockTest.execution("run-7");
  static final WorkItemId ITEM = WorkItemId.of("PVTI_7");

  @Test
  void acquired_serializesTheSlotAndExpiryForTheChoiceState() throws Exception {
    var result = AcquireResult.acquired(new LockRecord("slot#1", HOLDER, ITEM, 1, 100, 4600));

    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(result)))
        .isEqualTo(
            MAPPER.readTree(
                """
                {"acquired": true, "status": "ACQUIRED", "slot": 1, "expiresAt": 4600,
                 "heldBy": [], "reason": "acquired slot 1 for work item PVTI_7"}
                """));
  }

  @Test
  void busy_serializesTheHoldersAsPlainArns() throws Exception {
    var result = AcquireResult.allSlotsBusy(3, List.of(HOLDER));

    var json = MAPPER.readTree(MAPPER.writeValueAsString(result));

    assertThat(json.get("acquired").asBoolean()).isFalse();
    assertThat(json.get("slot").isNull()).isTrue();
    assertThat(json.get("heldBy").get(0).asText()).isEqualTo(HOLDER.value());
    assertThat(json.get("reason").asText()).isEqualTo("all 3 slots are busy");
  }

  @Test
  void workItemBusy_withoutAHolderLeft_saysItWasJustLetGo() {
    assertThat(AcquireResult.workItemBusy(ITEM, List.of()).reason())
        .isEqualTo("work item PVTI_7 was locked a moment ago and has just been let go");
  }

  @Test
  void lockValues_readBackFromJson() throws Exception {
    assertThat(MAPPER.readValue("\"" + HOLDER + "\"", ExecutionArn.class)).isEqualTo(HOLDER);
    assertThat(MAPPER.readValue("\"PVTI_7\"", WorkItemId.class)).isEqualTo(ITEM);
  }

  @Test
  void acquireResult_thatContradictsItself_isRefused() {
    assertThatThrownBy(
            () ->
                new AcquireResult(
                    true, AcquireResult.Status.ALL_SLOTS_BUSY, 0, 1L, List.of(), "busy"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new AcquireResult(true, AcquireResult.Status.ACQUIRED, null, 1L, List.of(), "?"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new AcquireResult(true, AcquireResult.Status.ACQUIRED, 0, null, List.of(), "?"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void releaseResult_thatContradictsItself_isRefused() {
    assertThatThrownBy(
            () -> new ReleaseResult(true, ReleaseResult.Status.ALREADY_GONE, List.of("x"), "?"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReleaseResult(true, ReleaseResult.Status.RELEASED, List.of(), "?"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void lockRecord_thatExpiresBeforeItWasAcquired_isRefused() {
    assertThatThrownBy(() -> new LockRecord("slot#0", HOLDER, ITEM, 0, 200, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("slot#0 expires at 100, before it was acquired at 200");
    assertThatThrownBy(() -> new LockRecord("slot#0", HOLDER, ITEM, -1, 100, 200))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cleanupResult_carriesAReleaseExactlyWhenNotIgnored() {
    assertThatThrownBy(() -> new CleanupResult(HOLDER, "ABORTED", false, null, "?"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
