package dev.kiroworker.statemachine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validator against example definitions under {@code src/test/resources/validation}: every
 * {@code valid/*.asl.json} has no problem, and every {@code invalid/*.asl.json} has exactly the
 * problems listed, in order, in the {@code .problems.txt} file beside it ({@code location: message}
 * per line; blank lines and lines starting with # are ignored).
 */
class DefinitionExamplesTest {

  private static final String DEFINITION = ".asl.json";
  private static final String PROBLEMS = ".problems.txt";

  @ParameterizedTest(name = "{0}")
  @MethodSource("validExamples")
  void aValidDefinitionHasNoProblems(String name) {
    assertThat(DefinitionValidator.validate(read("valid", name + DEFINITION))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidExamples")
  void anInvalidDefinitionHasExactlyTheListedProblems(String name) {
    List<String> found =
        DefinitionValidator.validate(read("invalid", name + DEFINITION)).stream()
            .map(Problem::toString)
            .toList();

    assertThat(found).containsExactlyElementsOf(expectedProblems(name));
  }

  @Test
  void everyInvalidExampleListsAtLeastOneProblemAndEveryListHasItsDefinition() throws IOException {
    try (Stream<Path> files = Files.list(directory("invalid"))) {
      List<String> lists =
          files
              .map(path -> path.getFileName().toString())
              .filter(file -> file.endsWith(PROBLEMS))
              .map(file -> file.substring(0, file.length() - PROBLEMS.length()))
              .sorted()
              .toList();
      assertThat(lists).isEqualTo(invalidExamples().toList());
      lists.forEach(name -> assertThat(expectedProblems(name)).as(name).isNotEmpty());
    }
  }

  static Stream<String> validExamples() {
    return examples("valid");
  }

  static Stream<String> invalidExamples() {
    return examples("invalid");
  }

  private static Stream<String> examples(String kind) {
    try (Stream<Path> files = Files.list(directory(kind))) {
      return files
          .map(path -> path.getFileName().toString())
          .filter(file -> file.endsWith(DEFINITION))
          .map(file -> file.substring(0, file.length() - DEFINITION.length()))
          .sorted()
          .toList()
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> expectedProblems(String name) {
    return read("invalid", name + PROBLEMS)
        .lines()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .toList();
  }

  private static String read(String kind, String file) {
    try {
      return Files.readString(directory(kind).resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path directory(String kind) {
    try {
      return Path.of(DefinitionExamplesTest.class.getResource("/validation/" + kind).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
