package dev.kiroworker.statemachine.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.NullNode;
import dev.kiroworker.statemachine.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MockConfigTest {

  @Test
  void read_listsStateMachinesAndTestCasesInFileOrder() {
    MockConfig config = Fixtures.kiroWorkerMocks();

    assertThat(config.stateMachineNames()).containsExactly("KiroWorkerJob", "NightlyCleanup");
    assertThat(config.testCaseNames("KiroWorkerJob"))
        .containsExactly("HappyPath", "LockBusyThenFree", "KiroTimesOut", "HybridPath");
    assertThat(config.testCaseNames("NightlyCleanup")).containsExactly("NothingToClean");
  }

  @Test
  void names_cannotBeChangedThroughTheReturnedSets() {
    MockConfig config = Fixtures.kiroWorkerMocks();

    assertThatThrownBy(() -> config.stateMachineNames().remove("KiroWorkerJob"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> config.testCaseNames("KiroWorkerJob").remove("HappyPath"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(
            () -> config.testCase("KiroWorkerJob", "HappyPath").mockedStates().remove("RunKiro"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(config.testCaseNames("KiroWorkerJob")).contains("HappyPath");
  }

  @Test
  void testCase_mocksOnlyTheStatesItNames() {
    MockTestCase hybrid = Fixtures.kiroWorkerMocks().testCase("KiroWorkerJob", "HybridPath");

    assertThat(hybrid.mockedStates()).containsExactly("ClaimLock");
    assertThat(hybrid.mocks("ClaimLock")).isTrue();
    assertThat(hybrid.mocks("RunKiro")).isFalse();
  }

  @Test
  void testCase_startsFreshCountsForEachExecution() {
    MockConfig config = Fixtures.kiroWorkerMocks();
    MockTestCase first = config.testCase("KiroWorkerJob", "HappyPath");
    first.next("ClaimLock");

    MockTestCase second = config.testCase("KiroWorkerJob", "HappyPath");

    assertThat(second.invocations("ClaimLock")).isZero();
    assertThat(second.next("ClaimLock")).isPresent();
    assertThat(first.invocations("ClaimLock")).isEqualTo(1);
  }

  @Test
  void testCase_ofAnUnknownStateMachine_namesTheOnesThereAre() {
    MockConfig config = Fixtures.kiroWorkerMocks();

    assertThatThrownBy(() -> config.testCase("Deploy", "HappyPath"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the mock config has no state machine 'Deploy'; it has KiroWorkerJob, NightlyCleanup");
    assertThatThrownBy(() -> config.testCaseNames("Deploy"))
        .hasMessageContaining("no state machine 'Deploy'");
  }

  @Test
  void testCase_unknown_namesTheTestCasesThereAre() {
    MockConfig config = Fixtures.kiroWorkerMocks();

    assertThatThrownBy(() -> config.testCase("NightlyCleanup", "SadPath"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "state machine 'NightlyCleanup' has no test case 'SadPath' in the mock config;"
                + " it has NothingToClean");
  }

  @Test
  void testCase_inAConfigWithoutStateMachines_saysThereAreNone() {
    MockConfig empty = MockConfig.parse("{\"StateMachines\":{},\"MockedResponses\":{}}");

    assertThat(empty.stateMachineNames()).isEmpty();
    assertThatThrownBy(() -> empty.testCase("KiroWorkerJob", "HappyPath"))
        .hasMessageEndingWith("it has none");
  }

  @Test
  void testCase_withNoStates_mocksNothing() {
    MockConfig config =
        MockConfig.parse(
            "{\"StateMachines\":{\"M\":{\"TestCases\":{\"AllReal\":{}}}},\"MockedResponses\":{}}");

    MockTestCase allReal = config.testCase("M", "AllReal");

    assertThat(allReal.mockedStates()).isEmpty();
    assertThat(allReal.next("Anything")).isEmpty();
  }

  @Test
  void parse_acceptsAnyJsonValueAsReturn() {
    MockConfig config =
        MockConfig.parse(
            """
            {"StateMachines": {"M": {"TestCases": {"T": {"S": "Values"}}}},
             "MockedResponses": {"Values": {
               "0": {"Return": "text"}, "1": {"Return": [1, 2]}, "2": {"Return": 4.50},
               "3": {"Return": null}, "4": {"Return": false}, "5": {"Return": {}}}}}
            """);
    MockTestCase testCase = config.testCase("M", "T");

    List<Object> values =
        Stream.generate(() -> testCase.next("S").orElseThrow())
            .limit(6)
            .map(response -> (Object) ((MockedResponse.Return) response).value())
            .toList();

    assertThat(values)
        .containsExactly(
            Json.parse("\"text\""),
            Json.parse("[1,2]"),
            Json.parse("4.50"),
            NullNode.getInstance(),
            Json.parse("false"),
            Json.object());
  }

  @Test
  void parse_acceptsAMockedResponseWithNoEntries() {
    MockConfig config = Fixtures.kiroWorkerMocks();

    assertThat(config.testCase("NightlyCleanup", "NothingToClean").mocks("DeleteLock")).isTrue();
  }

  static Stream<String> invalidFixtures() throws IOException {
    try (Stream<Path> files = Files.list(Fixtures.path("invalid"))) {
      List<String> names =
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> name.endsWith(".json"))
              .sorted()
              .toList();
      assertThat(names).isNotEmpty();
      return names.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("invalidFixtures")
  void read_invalidFile_listsEveryProblemWithItsPlace(String name) throws IOException {
    Path file = Fixtures.path("invalid/" + name);
    List<String> expected =
        Files.readAllLines(Fixtures.path("invalid/" + name.replace(".json", ".txt"))).stream()
            .filter(line -> !line.isBlank())
            .toList();

    InvalidMockConfigException e =
        catchThrowableOfType(InvalidMockConfigException.class, () -> MockConfig.read(file));

    assertThat(e.problems()).containsExactlyElementsOf(expected);
    assertThat(e).hasMessageStartingWith("mock config " + file + " is invalid (");
  }

  @Test
  void parse_invalid_putsTheCountAndEveryProblemInTheMessage() {
    InvalidMockConfigException e =
        catchThrowableOfType(
            InvalidMockConfigException.class,
            () -> MockConfig.parse("{\"StateMachines\":{},\"MockedResponses\":{\"R\":{\"1\":3}}}"));

    assertThat(e)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            """
            mock config is invalid (2 problems):
              MockedResponses.R."1": must be an object with Return or Throw, not a number
              MockedResponses.R: invocation 0 has no response; keys must count up from 0 \
            without gaps""");
  }

  @Test
  void parse_oneProblem_saysSoInTheSingular() {
    assertThatThrownBy(() -> MockConfig.parse("{\"StateMachines\":{}}"))
        .hasMessage("mock config is invalid (1 problem):\n  top level: has no MockedResponses");
  }

  @Test
  void parse_textThatIsNotJson_isOneProblem() {
    InvalidMockConfigException e =
        catchThrowableOfType(
            InvalidMockConfigException.class, () -> MockConfig.parse("{\"StateMachines\": "));

    assertThat(e.problems()).singleElement().asString().startsWith("not valid JSON");
    assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parse_emptyText_isNotAnObject() {
    assertThatThrownBy(() -> MockConfig.parse(""))
        .isInstanceOf(InvalidMockConfigException.class)
        .hasMessageContaining("top level: must be a JSON object, not empty");
  }

  @Test
  void parse_aTestCaseNamedTwice_isRejected() {
    String twice =
        """
        {"StateMachines": {"M": {"TestCases": {"HappyPath": {}, "HappyPath": {}}}},
         "MockedResponses": {}}
        """;

    assertThatThrownBy(() -> MockConfig.parse(twice))
        .isInstanceOf(InvalidMockConfigException.class)
        .hasMessageContaining("HappyPath");
  }

  @Test
  void parse_null_isRefused() {
    assertThatThrownBy(() -> MockConfig.parse(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void read_aMissingFile_namesIt(@TempDir Path dir) {
    Path missing = dir.resolve("MockConfigFile.json");

    assertThatThrownBy(() -> MockConfig.read(missing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot read mock config " + missing);
  }
}
