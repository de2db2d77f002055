package dev.kiroworker.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.history.HistoryEvent;
import dev.kiroworker.statemachine.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class StateMachineTest {

  private static final String ECHO = "arn:aws:states:::local:echo";

  @Test
  void oneParsedDefinition_runsManyExecutionsAtOnce() throws Exception {
    StateMachine machine =
        StateMachine.parse(
            "{\"StartAt\":\"Fan\",\"States\":{\"Fan\":{\"Type\":\"Parallel\",\"Branches\":["
                + "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Task\",\"Resource\":\""
                + ECHO
                + "\",\"Parameters\":{\"n.$\":\"$.n\"},\"End\":true}}},"
                + "{\"StartAt\":\"B\",\"States\":{\"B\":{\"Type\":\"Wait\",\"Seconds\":5,\"End\":true}}}],"
                + "\"OutputPath\":\"$[0].n\",\"End\":true}}}");
    TaskHandlers tasks = TaskHandlers.builder().bind(ECHO, request -> request.input()).build();
    List<Callable<ExecutionResult>> runs = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      int n = i;
      runs.add(
          () ->
              machine.execute(
                  Json.parse("{\"n\":" + n + "}"),
                  ExecutionOptions.builder()
                      .executionName("run-" + n)
                      .tasks(tasks)
                      .virtualClock(Instant.EPOCH)
                      .build()));
    }

    List<ExecutionResult> results = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
      for (Future<ExecutionResult> future : pool.invokeAll(runs)) {
        results.add(future.get());
      }
    }

    for (int i = 0; i < results.size(); i++) {
      ExecutionResult result = results.get(i);
      assertThat(result.output().asInt()).isEqualTo(i);
      assertThat(result.executionArn()).endsWith(":LocalStateMachine:run-" + i);
      assertThat(result.history().events()).hasSize(13);
    }
  }

  @Test
  void history_hasTheShapeOfGetExecutionHistory() {
    ExecutionResult result =
        StateMachine.parse(
                "{\"StartAt\":\"Wait\",\"States\":{\"Wait\":{\"Type\":\"Wait\",\"Seconds\":3,\"Next\":\"Done\"},"
                    + "\"Done\":{\"Type\":\"Succeed\"}}}")
            .execute(
                Json.parse("{\"a\":1}"),
                ExecutionOptions.builder()
                    .stateMachineName("Demo")
                    .executionName("e1")
                    .virtualClock(Instant.parse("2026-01-01T00:00:00Z"))
                    .build());

    JsonNode history = result.history().toJson();
    JsonNode first = history.get("events").get(0);
    assertThat(first.get("id").asLong()).isEqualTo(1);
    assertThat(first.get("previousEventId").asLong()).isZero();
    assertThat(first.get("type").asText()).isEqualTo("ExecutionStarted");
    assertThat(first.at("/executionStartedEventDetails/input").asText()).isEqualTo("{\"a\":1}");
    assertThat(first.at("/executionStartedEventDetails/roleArn").asText())
        .isEqualTo("arn:aws:iam::123456789012:role/Demo-local");
    JsonNode exited = history.get("events").get(2);
    assertThat(exited.get("type").asText()).isEqualTo("WaitStateExited");
    assertThat(exited.get("timestamp").asText()).isEqualTo("2026-01-01T00:00:03Z");
    assertThat(exited.get("previousEventId").asLong()).isEqualTo(2);
    assertThat(exited.at("/stateExitedEventDetails/name").asText()).isEqualTo("Wait");
    HistoryEvent last = result.history().events().getLast();
    assertThat(last.type()).isEqualTo("ExecutionSucceeded");
    assertThat(last.detail("output")).isEqualTo("{\"a\":1}");
    assertThat(last.detail("absent")).isNull();
  }

  @Test
  void heartbeat_keepsALongTaskAlive_andItsAbsenceTimesItOut() {
    String definition =
        "{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":\""
            + ECHO
            + "\",\"HeartbeatSeconds\":1,\"TimeoutSeconds\":5,\"End\":true}}}";
    TaskHandler beating =
        request -> {
          for (int i = 0; i < 3; i++) {
            sleep(Duration.ofMillis(500));
            request.heartbeat().run();
          }
          return Json.parse("\"alive\"");
        };
    TaskHandler silent =
        request -> {
          sleep(Duration.ofMillis(3000));
          return Json.parse("\"late\"");
        };

    ExecutionResult alive = run(definition, beating);
    ExecutionResult timedOut = run(definition, silent);

    assertThat(alive.output().asText()).isEqualTo("alive");
    assertThat(timedOut.error()).isEqualTo("States.HeartbeatTimeout");
    assertThat(timedOut.history().types()).contains("TaskTimedOut");
  }

  @Test
  void timeoutSecondsPath_readsTheTimeoutFromTheInput() {
    String definition =
        "{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":\""
            + ECHO
            + "\",\"TimeoutSecondsPath\":\"$.limit\",\"End\":true}}}";
    TaskHandlers tasks = TaskHandlers.builder().bind(ECHO, request -> request.input()).build();
    StateMachine machine = StateMachine.parse(definition);

    ExecutionResult ok =
        machine.execute(
            Json.parse("{\"limit\":3}"), ExecutionOptions.builder().tasks(tasks).build());
    ExecutionResult bad =
        machine.execute(
            Json.parse("{\"limit\":\"x\"}"), ExecutionOptions.builder().tasks(tasks).build());

    assertThat(ok.succeeded()).isTrue();
    assertThat(ok.history().events().get(2).detail("timeoutInSeconds")).isEqualTo("3");
    assertThat(bad.error()).isEqualTo(StatesErrors.RUNTIME);
    assertThat(bad.cause()).contains("must select a positive integer");
  }

  @Test
  void systemClock_reallyWaits() {
    ExecutionResult result =
        StateMachine.parse(
                "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":1,\"End\":true}}}")
            .execute(Json.object(), ExecutionOptions.builder().clock(EngineClock.system()).build());

    var events = result.history().events();
    assertThat(Duration.between(events.getFirst().timestamp(), events.getLast().timestamp()))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void onEvent_seesEveryEventAsItHappens_inHistoryOrder() {
    List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    ExecutionResult result =
        StateMachine.parse(
                "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":2,\"Next\":\"P\"},"
                    + "\"P\":{\"Type\":\"Pass\",\"End\":true}}}")
            .execute(
                Json.object(),
                ExecutionOptions.builder()
                    .virtualClock(Instant.EPOCH)
                    .onEvent(event -> seen.add(event.id() + ":" + event.type()))
                    .build());

    assertThat(seen)
        .containsExactly(
            "1:ExecutionStarted",
            "2:WaitStateEntered",
            "3:WaitStateExited",
            "4:PassStateEntered",
            "5:PassStateExited",
            "6:ExecutionSucceeded");
    assertThat(result.history().types()).hasSize(seen.size());
  }

  @Test
  void summary_isTheCliLine() {
    ExecutionResult failed =
        StateMachine.parse(
                "{\"StartAt\":\"F\",\"States\":{\"F\":{\"Type\":\"Fail\",\"Error\":\"E\",\"Cause\":\"C\"}}}")
            .execute(Json.object(), ExecutionOptions.builder().build());

    assertThat(Json.write(failed.summary()))
        .isEqualTo("{\"status\":\"FAILED\",\"output\":null,\"error\":\"E\",\"cause\":\"C\"}");
    assertThat(failed.succeeded()).isFalse();
  }

  @Test
  void invalidJson_isReportedAsAProblem() {
    assertThatThrownBy(() -> StateMachine.parse("{\"StartAt\":"))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("1 problem")
        .satisfies(e -> assertThat(((InvalidDefinitionException) e).problems()).hasSize(1));
    assertThat(StateMachine.validate("[1]"))
        .singleElement()
        .satisfies(p -> assertThat(p.location()).isEqualTo("/"));
  }

  @Test
  void options_validateNamesAndDefaultTheRest() {
    assertThatThrownBy(() -> ExecutionOptions.builder().executionName("has space").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 80");
    assertThatThrownBy(() -> ExecutionOptions.builder().stateMachineName("").build())
        .isInstanceOf(IllegalArgumentException.class);
    var options =
        ExecutionOptions.builder()
            .region("eu-west-1")
            .account("111122223333")
            .roleArn("arn:role")
            .build();
    assertThat(options.executionName()).hasSize(36);
    assertThat(options.roleArn()).isEqualTo("arn:role");
    assertThat(options.region()).isEqualTo("eu-west-1");
  }

  @Test
  void taskHandlers_preferExactBindingsOverPatterns() {
    TaskHandler exact = request -> Json.parse("1");
    TaskHandler pattern = request -> Json.parse("2");
    TaskHandlers handlers =
        TaskHandlers.builder().bindPattern("arn:x:.*", pattern).bind("arn:x:a", exact).build();

    assertThat(handlers.find("arn:x:a")).containsSame(exact);
    assertThat(handlers.find("arn:x:b")).containsSame(pattern);
    assertThat(handlers.find("arn:y")).isEmpty();
    assertThatThrownBy(() -> TaskHandlers.builder().bind("", exact))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TaskHandlers.builder().bind("arn", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EngineClock.virtual(null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static ExecutionResult run(String definition, TaskHandler handler) {
    return StateMachine.parse(definition)
        .execute(
            Json.object(),
            ExecutionOptions.builder()
                .tasks(TaskHandlers.builder().bind(ECHO, handler).build())
                .build());
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
