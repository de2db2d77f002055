package dev.kiroworker.handlers.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.handlers.errors.PermanentException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Inputs are checked where they enter: a bad one fails permanently, saying what to fix. */
class LockInputsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "arn:aws:states:us-east-1:123456789012:execution:kiro-worker-test:8f3b6c2e-1d4a-4e5f",
        "arn:aws:states:eu-central-1:210987654321:execution:KiroWorker_prod:run.2025-03-14",
        "arn:aws-us-gov:states:us-gov-west-1:123456789012:execution:machine:name",
        "arn:aws-cn:states:cn-north-1:123456789012:execution:machine:(retry)+1"
      })
  void executionArn_ofAStandardExecution_isAccepted(String arn) {
    assertThat(ExecutionArn.of(arn).value()).isEqualTo(arn);
    assertThat(ExecutionArn.of(arn)).hasToString(arn);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "arn:aws:states:us-east-1:123456789012:stateMachine:kiro-worker",
        "arn:aws:states:us-east-1:123456789012:express:kiro-worker:run:id",
        "arn:aws:lambda:us-east-1:123456789012:execution:kiro-worker:run-1",
        "arn:aws:states:us-east-1:1234:execution:kiro-worker:run-1",
        "arn:aws:states:useast1:123456789012:execution:kiro-worker:run-1",
        "arn:aws:states:us-east-1:123456789012:execution:kiro-worker:run 1",
        "arn:aws:states:us-east-1:123456789012:execution:kiro-worker:run;rm",
        "arn:aws:states:us-east-1:123456789012:execution:kiro-worker:",
        "execution-1"
      })
  void executionArn_ofAnythingElse_isRejectedWithTheExpectedShape(String arn) {
    assertThatThrownBy(() -> ExecutionArn.of(arn))
        .isInstanceOf(PermanentException.class)
        .hasMessageStartingWith(
            "the lock owner must be a Step Functions execution ARN like"
                + " arn:aws:states:<region>:<account>:execution:<state machine>:<name>, got ")
        .hasMessageEndingWith("; pass the context object's $$.Execution.Id");
  }

  @Test
  void executionArn_withANameOverEightyCharacters_isRejected() {
    String name = "n".repeat(81);

    assertThatThrownBy(
            () -> ExecutionArn.of("arn:aws:states:us-east-1:123456789012:execution:m:" + name))
        .isInstanceOf(PermanentException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"PVTI_lADOBa7Qz84AkR2szgTx0Ys", "I_kwDOA", "42", "org/repo:7", "a=b+c.d-e"})
  void workItemId_ofABoardItem_isAccepted(String id) {
    assertThat(WorkItemId.of(id)).hasToString(id);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"item#1", "-leading-dash", "has space", "semi;colon", "$(whoami)"})
  void workItemId_withCharactersOutsideTheAllowList_isRejected(String id) {
    assertThatThrownBy(() -> WorkItemId.of(id))
        .isInstanceOf(PermanentException.class)
        .hasMessageStartingWith("a work item id must be 1 to 200 letters, digits or _ . : = + / -");
  }

  @Test
  void workItemId_overTwoHundredCharacters_isRejectedAndQuotedShort() {
    String id = "P".repeat(201);

    assertThatThrownBy(() -> WorkItemId.of(id))
        .isInstanceOf(PermanentException.class)
        .hasMessageEndingWith("got '" + "P".repeat(InputText.MAX_SHOWN) + "...'");
  }

  @Test
  void lockSettings_defaultToOneSlot() {
    assertThat(LockSettings.of("kiro-worker-locks-test").slots()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 100})
  void lockSettings_withOneToAHundredSlots_areAccepted(int slots) {
    assertThat(new LockSettings("locks", slots).slots()).isEqualTo(slots);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 101})
  void lockSettings_withSlotsOutOfRange_areRejected(int slots) {
    assertThatThrownBy(() -> new LockSettings("locks", slots))
        .isInstanceOf(PermanentException.class)
        .hasMessage(
            "the number of lock slots must be 1 to 100, got "
                + slots
                + "; use 1 to run work items one after another");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"ab", "locks table", "locks/test"})
  void lockSettings_withAnInvalidTableName_areRejected(String table) {
    assertThatThrownBy(() -> LockSettings.of(table))
        .isInstanceOf(PermanentException.class)
        .hasMessageStartingWith("the lock table name must be 3 to 255 letters");
  }

  @Test
  void lease_endsAfterTheBuildTimeoutPlusTheMargin() {
    Lease lease = Lease.of(Duration.ofMinutes(60), Duration.ofMinutes(15));

    assertThat(lease.expiresAt(1_741_942_800L)).isEqualTo(1_741_942_800L + 4_500L);
  }

  @Test
  void lease_withAZeroOrNegativeOrMissingBuildTimeout_isRejected() {
    Duration margin = Duration.ofMinutes(5);
    assertThatThrownBy(() -> Lease.of(Duration.ZERO, margin))
        .isInstanceOf(PermanentException.class)
        .hasMessage(
            "the build timeout must be between 1 second and 36 hours, got PT0S; give it as a"
                + " positive duration such as PT1H");
    assertThatThrownBy(() -> Lease.of(Duration.ofMinutes(-1), margin))
        .isInstanceOf(PermanentException.class);
    assertThatThrownBy(() -> Lease.of(Duration.ofMillis(500), margin))
        .isInstanceOf(PermanentException.class);
    assertThatThrownBy(() -> Lease.of(null, margin)).isInstanceOf(PermanentException.class);
  }

  @Test
  void lease_overTheMaximums_isRejected() {
    assertThatThrownBy(() -> Lease.of(Duration.ofHours(37), Duration.ofMinutes(5)))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("build timeout");
    assertThatThrownBy(() -> Lease.of(Duration.ofHours(1), Duration.ofHours(25)))
        .isInstanceOf(PermanentException.class)
        .hasMessageStartingWith("the lease margin must be between 1 second and 24 hours");
    assertThatThrownBy(() -> Lease.of(Duration.ofHours(1), Duration.ZERO))
        .isInstanceOf(PermanentException.class);
  }
}
