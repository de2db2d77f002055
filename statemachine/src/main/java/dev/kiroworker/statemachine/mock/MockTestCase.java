package dev.kiroworker.statemachine.mock;

import dev.kiroworker.statemachine.StatesErrors;
import dev.kiroworker.statemachine.StatesException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One test case, for one execution: the mocked response each state's next invocation gets.
 * Thread-safe, so that Map iterations and Parallel branches running at once each get their own
 * invocation index.
 */
public final class MockTestCase {

  private final String stateMachineName;
  private final String name;
  private final Map<String, ResponseSchedule> states;
  private final ConcurrentMap<String, AtomicInteger> counters = new ConcurrentHashMap<>();

  MockTestCase(String stateMachineName, String name, Map<String, ResponseSchedule> states) {
    this.stateMachineName = stateMachineName;
    this.name = name;
    this.states = Collections.unmodifiableMap(new LinkedHashMap<>(states));
  }

  public String stateMachineName() {
    return stateMachineName;
  }

  public String name() {
    return name;
  }

  /** The names of the states this test case mocks, in file order. */
  public Set<String> mockedStates() {
    return states.keySet();
  }

  /**
   * Whether the state is mocked. States are named alone, wherever they sit (inside Map and Parallel
   * too), because the States Language makes state names unique in the whole machine.
   */
  public boolean mocks(String stateName) {
    return states.containsKey(Objects.requireNonNull(stateName, "stateName"));
  }

  /**
   * Counts an invocation of the state and returns its mocked response; empty when the state is not
   * mocked, so the engine runs it for real. Step Functions Local keeps one counter per state per
   * execution and advances it on every invocation, retries and Map iterations included.
   *
   * @throws StatesException {@code States.Runtime} when the state is mocked but its mocked response
   *     has no entry for this invocation: AWS fails the execution rather than repeating the last
   */
  public Optional<MockedResponse> next(String stateName) {
    Objects.requireNonNull(stateName, "stateName");
    int invocation =
        counters.computeIfAbsent(stateName, s -> new AtomicInteger()).getAndIncrement();
    ResponseSchedule schedule = states.get(stateName);
    if (schedule == null) {
      return Optional.empty();
    }
    return Optional.of(
        schedule.at(invocation).orElseThrow(() -> exhausted(stateName, schedule, invocation)));
  }

  /** How many times {@link #next} was asked about the state. */
  public int invocations(String stateName) {
    AtomicInteger counter = counters.get(Objects.requireNonNull(stateName, "stateName"));
    return counter == null ? 0 : counter.get();
  }

  /** Every state {@link #next} was asked about, with its count, sorted by state name. */
  public Map<String, Integer> invocations() {
    Map<String, Integer> counts = new TreeMap<>();
    counters.forEach((state, counter) -> counts.put(state, counter.get()));
    return Collections.unmodifiableMap(counts);
  }

  private StatesException exhausted(String stateName, ResponseSchedule schedule, int invocation) {
    String cause =
        "Test case '%s' of state machine '%s' mocks state '%s' with '%s',"
            + " which has no response for invocation %d (%s)";
    return new StatesException(
        StatesErrors.RUNTIME,
        cause.formatted(
            name, stateMachineName, stateName, schedule.name(), invocation, schedule.coverage()));
  }

  @Override
  public String toString() {
    return stateMachineName + "#" + name;
  }
}
