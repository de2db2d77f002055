package dev.kiroworker.statemachine.intrinsics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.StatesException;
import dev.kiroworker.statemachine.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cases in {@code src/test/resources/intrinsics/*.json}: an expression, its input, and the
 * output or the error AWS gives, each with the source of that expectation.
 */
class IntrinsicConformanceTest {

  private static final String[] FILES = {
    "arguments", "arrays", "encoding", "json", "math", "strings"
  };

  private final IntrinsicFunctions functions = new IntrinsicFunctions(new SplittableRandom(7));

  static Stream<Arguments> cases() {
    return Stream.of(FILES).flatMap(IntrinsicConformanceTest::read);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void behavesAsAws(String name, JsonNode conformanceCase) {
    String expression = conformanceCase.get("expression").textValue();
    JsonNode input = conformanceCase.get("input");
    JsonNode context =
        conformanceCase.has("context") ? conformanceCase.get("context") : Json.object();
    assertThat(conformanceCase.path("source").asText()).as("source").isNotBlank();

    if (conformanceCase.has("output")) {
      assertThat(functions.evaluate(expression, input, context))
          .isEqualTo(conformanceCase.get("output"));
      IntrinsicFunctions.check(expression);
    } else {
      assertThatThrownBy(() -> functions.evaluate(expression, input, context))
          .isInstanceOfSatisfying(
              StatesException.class,
              failure -> {
                assertThat(failure.error()).isEqualTo(conformanceCase.get("error").textValue());
                assertThat(failure.cause())
                    .startsWith("The function '" + expression + "' had the following error: ")
                    .contains(conformanceCase.get("cause").textValue());
              });
    }
  }

  private static Stream<Arguments> read(String file) {
    String resource = "/intrinsics/" + file + ".json";
    try (InputStream in = IntrinsicConformanceTest.class.getResourceAsStream(resource)) {
      JsonNode cases = Json.MAPPER.readTree(in);
      return StreamSupport.stream(cases.spliterator(), false)
          .map(c -> Arguments.of(file + ": " + c.get("name").textValue(), c));
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }
}
