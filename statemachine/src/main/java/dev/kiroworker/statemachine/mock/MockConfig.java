package dev.kiroworker.statemachine.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.statemachine.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A mock configuration file in the AWS Step Functions Local format ({@code MockConfigFile.json}):
 * test cases per state machine, and the mocked responses their Task states get. Immutable; each
 * {@link #testCase} call starts fresh invocation counts for one execution.
 */
public final class MockConfig {

  private static final String STATE_MACHINES = "StateMachines";
  private static final String MOCKED_RESPONSES = "MockedResponses";

  private final Map<String, Map<String, Map<String, ResponseSchedule>>> machines;

  private MockConfig(Map<String, Map<String, Map<String, ResponseSchedule>>> machines) {
    Map<String, Map<String, Map<String, ResponseSchedule>>> copy = new LinkedHashMap<>();
    machines.forEach((name, testCases) -> copy.put(name, frozen(testCases)));
    this.machines = frozen(copy);
  }

  // Shared by every execution and handed out as name sets, so nothing may change it.
  private static <V> Map<String, V> frozen(Map<String, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /**
   * Reads and fully checks a mock configuration.
   *
   * @throws InvalidMockConfigException listing every problem, each with its place in the file
   */
  public static MockConfig parse(String json) {
    return parse(Objects.requireNonNull(json, "json"), "mock config");
  }

  /**
   * Reads and fully checks a mock configuration file.
   *
   * @throws InvalidMockConfigException listing every problem, each with its place in the file
   * @throws UncheckedIOException when the file cannot be read
   */
  public static MockConfig read(Path file) {
    String json;
    try {
      json = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read mock config " + file, e);
    }
    return parse(json, "mock config " + file);
  }

  /** The state machines the file configures, in file order. */
  public Set<String> stateMachineNames() {
    return machines.keySet();
  }

  /** A state machine's test cases, in file order. */
  public Set<String> testCaseNames(String stateMachineName) {
    return machine(stateMachineName).keySet();
  }

  /**
   * A test case ready for one execution, with every invocation count at 0.
   *
   * @throws IllegalArgumentException naming what the file does have, when either name is unknown
   */
  public MockTestCase testCase(String stateMachineName, String testCaseName) {
    Map<String, Map<String, ResponseSchedule>> testCases = machine(stateMachineName);
    Map<String, ResponseSchedule> states = testCases.get(testCaseName);
    if (states == null) {
      throw new IllegalArgumentException(
          "state machine '%s' has no test case '%s' in the mock config; it has %s"
              .formatted(stateMachineName, testCaseName, listed(testCases.keySet())));
    }
    return new MockTestCase(stateMachineName, testCaseName, states);
  }

  private Map<String, Map<String, ResponseSchedule>> machine(String stateMachineName) {
    Map<String, Map<String, ResponseSchedule>> testCases = machines.get(stateMachineName);
    if (testCases == null) {
      throw new IllegalArgumentException(
          "the mock config has no state machine '%s'; it has %s"
              .formatted(stateMachineName, listed(machines.keySet())));
    }
    return testCases;
  }

  private static String listed(Set<String> names) {
    return names.isEmpty() ? "none" : String.join(", ", names);
  }

  private static MockConfig parse(String json, String source) {
    JsonNode root;
    try {
      root = Json.parse(json);
    } catch (IllegalArgumentException e) {
      throw new InvalidMockConfigException(source, List.of(e.getMessage()), e);
    }
    Problems problems = new Problems();
    MockConfig config = new MockConfig(readRoot(root, problems));
    if (!problems.isEmpty()) {
      throw new InvalidMockConfigException(source, problems.list());
    }
    return config;
  }

  /** AWS: the file is an object with the two sections StateMachines and MockedResponses. */
  private static Map<String, Map<String, Map<String, ResponseSchedule>>> readRoot(
      JsonNode root, Problems problems) {
    Optional<ObjectNode> object = problems.object(root, Place.TOP, "a JSON object");
    if (object.isEmpty()) {
      return Map.of();
    }
    problems.onlyFields(
        object.get(),
        Place.TOP,
        Set.of(STATE_MACHINES, MOCKED_RESPONSES),
        "a mock config has StateMachines and MockedResponses");
    Optional<Map<String, ResponseSchedule>> responses =
        section(object.get(), MOCKED_RESPONSES, "an object of mocked responses", problems)
            .map(
                section ->
                    new MockedResponsesReader(problems)
                        .read(section, Place.TOP.child(MOCKED_RESPONSES)));
    return section(object.get(), STATE_MACHINES, "an object of state machines", problems)
        .map(
            section ->
                new StateMachinesReader(problems, responses)
                    .read(section, Place.TOP.child(STATE_MACHINES)))
        .orElse(Map.of());
  }

  private static Optional<ObjectNode> section(
      ObjectNode root, String name, String shouldBe, Problems problems) {
    JsonNode section = root.get(name);
    if (section == null) {
      problems.add(Place.TOP, "has no " + name);
      return Optional.empty();
    }
    return problems.object(section, Place.TOP.child(name), shouldBe);
  }
}
