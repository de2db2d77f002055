package dev.kiroworker.worker.local;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.statemachine.history.HistoryEvent;
import dev.kiroworker.statemachine.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ExecutionViewTest {

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final AtomicLong nanos = new AtomicLong();
  private final ExecutionView view =
      new ExecutionView(new PrintStream(printed, true, UTF_8), nanos::get);

  @Test
  void aStateIsPrintedWhenLeft_withItsRealDurationAndOutcome() {
    view.accept(event("TaskStateEntered", "name", "RunBuild"));
    nanos.addAndGet(2_500_000_000L);
    view.accept(event("TaskFailed", "error", "States.TaskFailed"));
    view.accept(event("TaskStateExited", "name", "RunBuild"));
    view.accept(event("ChoiceStateEntered", "name", "DidTheBuildRun"));
    view.accept(event("ChoiceStateExited", "name", "DidTheBuildRun"));

    assertThat(printed.toString(UTF_8))
        .isEqualTo(
            "  RunBuild                     Task        2.50 s  caught States.TaskFailed\n"
                + "  DidTheBuildRun               Choice      0.00 s  ok\n");
    assertThat(view.path()).containsExactly("RunBuild", "DidTheBuildRun");
  }

  @Test
  void aFinalStateIsPrintedWhenTheExecutionEnds() {
    view.accept(event("FailStateEntered", "name", "Failed"));
    view.accept(event("ExecutionFailed", "error", "KiroWorker.WorkItemFailed"));
    view.accept(event("SucceedStateEntered", "name", "Done"));
    view.accept(event("ExecutionSucceeded", "output", "{}"));

    assertThat(printed.toString(UTF_8))
        .contains("  Failed                       Fail        0.00 s  end\n")
        .contains("  Done                         Succeed     0.00 s  ok\n");
  }

  @Test
  void statesInsideAMapAreIndented_andTheMapIsPrintedWhenLeft() {
    view.accept(event("MapStateEntered", "name", "RecoverStuckItems"));
    view.accept(event("TaskStateEntered", "name", "ReportStuck"));
    view.accept(event("TaskStateExited", "name", "ReportStuck"));
    view.accept(event("SucceedStateEntered", "name", "StuckItemReported"));
    view.accept(event("SucceedStateExited", "name", "StuckItemReported"));
    view.accept(event("MapStateExited", "name", "RecoverStuckItems"));

    assertThat(printed.toString(UTF_8))
        .isEqualTo(
            "    ReportStuck                Task        0.00 s  ok\n"
                + "    StuckItemReported          Succeed     0.00 s  ok\n"
                + "  RecoverStuckItems            Map         0.00 s  ok\n");
    assertThat(view.path())
        .containsExactly("RecoverStuckItems", "ReportStuck", "StuckItemReported");
  }

  @Test
  void anExecutionEventWithNoOpenStatePrintsNothing() {
    view.accept(event("ExecutionStarted", "input", "{}"));
    view.accept(event("ExecutionSucceeded", "output", "{}"));

    assertThat(printed.toString(UTF_8)).isEmpty();
    assertThat(view.path()).isEmpty();
  }

  private static HistoryEvent event(String type, String field, String value) {
    ObjectNode details = Json.object().put(field, value);
    return new HistoryEvent(1, 0, Instant.EPOCH, type, "details", details);
  }
}
