package dev.kiroworker.statemachine.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.StatesException;
import dev.kiroworker.statemachine.json.Json;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the cases in {@code src/test/resources/choice/}: each gives a rule (or a whole Choice
 * state), an input, what AWS does with them, and where that behaviour is documented or was
 * observed.
 */
class ChoiceConformanceTest {

  static Stream<Named<JsonNode>> cases() throws IOException, URISyntaxException {
    Path folder =
        Path.of(Objects.requireNonNull(ChoiceConformanceTest.class.getResource("/choice")).toURI());
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(file -> file.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).as("conformance case files").isNotEmpty();
    return files.stream().flatMap(ChoiceConformanceTest::casesIn);
  }

  private static Stream<Named<JsonNode>> casesIn(Path file) {
    try {
      JsonNode cases = Json.parse(Files.readString(file)).get("cases");
      String prefix = file.getFileName().toString().replace(".json", "") + ": ";
      return Stream.iterate(0, i -> i < cases.size(), i -> i + 1)
          .map(cases::get)
          .map(node -> Named.of(prefix + node.path("name").asText(), node));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void behavesAsAwsDoes(JsonNode testCase) {
    assertThat(testCase.path("source").asText()).as("where the behaviour comes from").isNotBlank();
    if (testCase.has("invalid")) {
      assertRefused(testCase);
    } else if (testCase.has("error")) {
      assertFails(testCase);
    } else if (testCase.has("state")) {
      assertThat(nextState(testCase)).isEqualTo(expected(testCase).textValue());
    } else {
      assertThat(matches(testCase)).isEqualTo(expected(testCase).booleanValue());
    }
  }

  private static void assertRefused(JsonNode testCase) {
    assertThatThrownBy(() -> parse(testCase))
        .isInstanceOfSatisfying(
            InvalidChoiceRuleException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(testCase.get("invalid").textValue());
              assertThat(e.location()).isEqualTo(testCase.path("location").asText());
            });
  }

  private static void assertFails(JsonNode testCase) {
    JsonNode error = testCase.get("error");
    assertThatThrownBy(() -> evaluate(testCase))
        .isInstanceOfSatisfying(
            StatesException.class,
            e -> {
              assertThat(e.error()).isEqualTo(error.get("error").textValue());
              assertThat(e.cause()).isEqualTo(error.get("cause").textValue());
            });
  }

  private static Object parse(JsonNode testCase) {
    if (testCase.has("state")) {
      return Choices.parse(testCase.get("state"));
    }
    if (testCase.has("branch")) {
      return ChoiceBranch.parse(testCase.get("branch"));
    }
    return ChoiceRule.parse(testCase.get("rule"));
  }

  private static Object evaluate(JsonNode testCase) {
    return testCase.has("state") ? nextState(testCase) : matches(testCase);
  }

  private static boolean matches(JsonNode testCase) {
    return ChoiceRule.parse(testCase.get("rule"))
        .matches(testCase.get("input"), testCase.path("context"));
  }

  private static String nextState(JsonNode testCase) {
    return Choices.parse(testCase.get("state"))
        .nextState(testCase.get("input"), testCase.path("context"));
  }

  private static JsonNode expected(JsonNode testCase) {
    JsonNode expected = testCase.get("expected");
    if (expected == null || !(expected.isBoolean() || expected.isTextual())) {
      fail("a case needs expected (true, false or a state name), invalid or error");
    }
    return expected;
  }
}
