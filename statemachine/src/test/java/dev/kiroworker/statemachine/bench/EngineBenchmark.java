package dev.kiroworker.statemachine.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.ExecutionOptions;
import dev.kiroworker.statemachine.ExecutionResult;
import dev.kiroworker.statemachine.StateMachine;
import dev.kiroworker.statemachine.StatesException;
import dev.kiroworker.statemachine.TaskHandlers;
import dev.kiroworker.statemachine.json.Json;
import dev.kiroworker.statemachine.json.JsonPaths;
import java.io.PrintStream;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures the local engine's state transitions per second on two machines, side by side in one
 * run: a chain of ten Pass states, and a Task that fails twice per execution under Retry (virtual
 * clock, so retry delays cost no time). Not a test: run it with
 *
 * <pre>
 * mvn -q -pl statemachine test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.kiroworker.statemachine.bench.EngineBenchmark
 * </pre>
 */
public final class EngineBenchmark {

  private static final int WARMUP_SECONDS = 3;
  private static final int MEASURE_SECONDS = 5;
  private static final String FLAKY = "arn:aws:states:::local:flaky";

  private EngineBenchmark() {}

  public static void main(String... args) {
    PrintStream out = System.out;
    Scenario passChain = passChain();
    Scenario retryHeavy = retryHeavy();
    Scenario pathBaseline = pathBaseline();
    out.printf("Warming up (%d s each)...%n", WARMUP_SECONDS);
    passChain.measure(WARMUP_SECONDS);
    retryHeavy.measure(WARMUP_SECONDS);
    pathBaseline.measure(WARMUP_SECONDS);
    double pass = passChain.measure(MEASURE_SECONDS);
    double retry = retryHeavy.measure(MEASURE_SECONDS);
    double baseline = pathBaseline.measure(MEASURE_SECONDS);
    out.printf("%-44s %,12.0f transitions/s%n", "10-state Pass chain", pass);
    out.printf(
        "%-44s %,12.0f transitions/s%n", "Retry-heavy Task (2 failures per execution)", retry);
    out.printf("%-44s %,12.0f reads/s%n", "baseline: bare JSONPath read + write", baseline);
    out.printf("ratio retry-heavy / pass chain: %.2f%n", retry / pass);
    out.printf("ratio pass chain / bare JSONPath read: %.4f%n", pass / baseline);
  }

  /** One workload: {@code run()} does one unit and returns how many transitions it made. */
  private record Scenario(Unit unit) {
    double measure(int seconds) {
      long end = System.nanoTime() + seconds * 1_000_000_000L;
      long transitions = 0;
      long start = System.nanoTime();
      while (System.nanoTime() < end) {
        transitions += unit.run();
      }
      return transitions / ((System.nanoTime() - start) / 1e9);
    }
  }

  @FunctionalInterface
  private interface Unit {
    long run();
  }

  private static Scenario passChain() {
    StringBuilder states = new StringBuilder();
    for (int i = 1; i <= 10; i++) {
      states.append(i > 1 ? "," : "").append("\"S").append(i).append("\":{\"Type\":\"Pass\",");
      states.append("\"Parameters\":{\"step\":").append(i).append(",\"carried.$\":\"$\"},");
      states.append(i < 10 ? "\"Next\":\"S" + (i + 1) + "\"}" : "\"End\":true}");
    }
    StateMachine machine = StateMachine.parse("{\"StartAt\":\"S1\",\"States\":{" + states + "}}");
    JsonNode input = Json.parse("{\"item\":{\"id\":42,\"title\":\"benchmark\"}}");
    return new Scenario(
        () -> {
          ExecutionResult result = machine.execute(input, options(TaskHandlers.none()));
          return result.succeeded() ? 10 : 0;
        });
  }

  private static Scenario retryHeavy() {
    StateMachine machine =
        StateMachine.parse(
            "{\"StartAt\":\"Call\",\"States\":{\"Call\":{\"Type\":\"Task\",\"Resource\":\""
                + FLAKY
                + "\",\"Retry\":[{\"ErrorEquals\":[\"Transient\"],\"IntervalSeconds\":1,"
                + "\"MaxAttempts\":3,\"BackoffRate\":2,\"JitterStrategy\":\"FULL\"}],"
                + "\"ResultPath\":\"$.result\",\"Next\":\"Done\"},\"Done\":{\"Type\":\"Succeed\"}}}");
    AtomicLong calls = new AtomicLong();
    TaskHandlers tasks =
        TaskHandlers.builder()
            .bind(
                FLAKY,
                request -> {
                  if (calls.incrementAndGet() % 3 != 0) {
                    throw new StatesException("Transient", "try again");
                  }
                  return Json.parse("\"ok\"");
                })
            .build();
    JsonNode input = Json.parse("{\"id\":1}");
    return new Scenario(
        () -> {
          ExecutionResult result = machine.execute(input, options(tasks));
          // Two states entered plus two retried attempts of the Task.
          return result.succeeded() ? 4 : 0;
        });
  }

  private static Scenario pathBaseline() {
    JsonNode input = Json.parse("{\"item\":{\"id\":42,\"title\":\"benchmark\"}}");
    return new Scenario(
        () -> {
          JsonNode value = JsonPaths.read("$.item.id", input, input);
          return Json.write(value).isEmpty() ? 0 : 1;
        });
  }

  private static ExecutionOptions options(TaskHandlers tasks) {
    return ExecutionOptions.builder()
        .executionName("bench")
        .tasks(tasks)
        .virtualClock(Instant.EPOCH)
        .random(new SplittableRandom(1))
        .build();
  }
}
