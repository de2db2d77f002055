package dev.kiroworker.handlers.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.handlers.errors.PermanentException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Lock items round-trip, and an item the lock did not write is named with what is wrong. */
class LockItemsTest {

  static final LockRecord RECORD =
      new LockRecord(
          "slot#3",
          DynamoDbLockTest.execution("run-9"),
          WorkItemId.of("PVTI_9"),
          3,
          1_741_942_800L,
          1_741_947_300L);

  @Test
  void fromItem_readsBackWhatToItemWrote() {
    assertThat(LockItems.fromItem(LockItems.toItem(RECORD))).isEqualTo(RECORD);
  }

  @Test
  void fromItem_withoutAKey_namesTheMissingAttribute() {
    var item = new HashMap<>(LockItems.toItem(RECORD));
    item.remove("lockId");

    assertThatThrownBy(() -> LockItems.fromItem(item))
        .isInstanceOf(PermanentException.class)
        .hasMessageStartingWith(
            "lock item ? was not written by kiro-worker: it has no string attribute 'lockId'");
  }

  @Test
  void fromItem_withAStringWhereANumberBelongs_isMalformed() {
    assertThatThrownBy(() -> LockItems.fromItem(with("expiresAt", AttributeValue.fromS("soon"))))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("it has no number attribute 'expiresAt'");
  }

  @Test
  void fromItem_withAFractionalNumber_isMalformed() {
    assertThatThrownBy(() -> LockItems.fromItem(with("acquiredAt", AttributeValue.fromN("1.5"))))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("'acquiredAt' is not a whole number: 1.5");
  }

  @Test
  void fromItem_withASlotBeyondAnInt_isMalformed() {
    assertThatThrownBy(() -> LockItems.fromItem(with("slot", AttributeValue.fromN("4294967296"))))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("slot#3 was not written by kiro-worker");
  }

  @Test
  void fromItem_withAnOwnerThatIsNoExecution_isMalformed() {
    assertThatThrownBy(() -> LockItems.fromItem(with("owner", AttributeValue.fromS("someone"))))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("the lock owner must be a Step Functions execution ARN");
  }

  private static Map<String, AttributeValue> with(String name, AttributeValue value) {
    var item = new HashMap<>(LockItems.toItem(RECORD));
    item.put(name, value);
    return item;
  }
}
