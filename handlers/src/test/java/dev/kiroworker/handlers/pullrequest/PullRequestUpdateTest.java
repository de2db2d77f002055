package dev.kiroworker.handlers.pullrequest;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.handlers.errors.PermanentException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PullRequestUpdateTest {

  private static final PullRequestUpdate.WorkItem ITEM =
      new PullRequestUpdate.WorkItem(Updates.ITEM, null, "octo-org/sample-service", null);
  private static final PullRequestUpdate.Execution EXECUTION =
      new PullRequestUpdate.Execution(Updates.ARN, null);

  static Stream<Arguments> incomplete() {
    return Stream.of(
        Arguments.of(null, ITEM, EXECUTION, "phase"),
        Arguments.of(Phase.STARTED, null, EXECUTION, "workItem.projectItemId"),
        Arguments.of(
            Phase.STARTED,
            new PullRequestUpdate.WorkItem(" ", null, "octo-org/sample-service", null),
            EXECUTION,
            "workItem.projectItemId"),
        Arguments.of(
            Phase.STARTED,
            new PullRequestUpdate.WorkItem(Updates.ITEM, null, null, null),
            EXECUTION,
            "workItem.repository"),
        Arguments.of(Phase.STARTED, ITEM, null, "execution.arn"),
        Arguments.of(
            Phase.STARTED, ITEM, new PullRequestUpdate.Execution("", null), "execution.arn"));
  }

  @ParameterizedTest
  @MethodSource("incomplete")
  void anInputWithoutARequiredField_isRefused_namingIt(
      Phase phase,
      PullRequestUpdate.WorkItem item,
      PullRequestUpdate.Execution execution,
      String field) {
    assertThatThrownBy(
            () -> new PullRequestUpdate(phase, item, null, null, null, null, execution, null))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("has no " + field);
  }
}
