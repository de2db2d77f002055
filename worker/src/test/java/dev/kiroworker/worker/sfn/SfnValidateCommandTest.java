package dev.kiroworker.worker.sfn;

import static dev.kiroworker.worker.sfn.Fixtures.file;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiroworker.statemachine.StateMachine;
import dev.kiroworker.worker.Invocation;
import dev.kiroworker.worker.cli.ExitCode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SfnValidateCommandTest {

  @ParameterizedTest
  @ValueSource(strings = {"hello.asl.json", "acquire-lock.asl.json", "rejected.asl.json"})
  void validate_withValidDefinition_printsOkAndExitsZero(String definition) {
    Invocation run = Invocation.of("sfn", "validate", "--definition", file(definition));

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.outLines()).containsExactly(file(definition) + ": OK");
    assertThat(run.err()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"truncated.asl.json", "not-an-object.asl.json"})
  void validate_withProblems_printsEachOnStdoutAndExitsThree(String definition) {
    Invocation run = Invocation.of("sfn", "validate", "--definition", file(definition));

    List<String> expected =
        StateMachine.validate(Fixtures.text(definition)).stream()
            .map(problem -> problem.location() + ": " + problem.message())
            .toList();
    assertThat(expected).isNotEmpty();
    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.outLines()).containsExactlyElementsOf(expected);
    assertThat(run.err())
        .contains("sfn validate: " + file(definition) + " has " + SfnInputs.count(expected.size()));
  }

  @Test
  void validate_withMissingFile_exitsThreeNamingTheFile() {
    Invocation run = Invocation.of("sfn", "validate", "--definition", "no-such.asl.json");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("kiro-worker sfn validate: cannot read the definition no-such.asl.json");
  }

  @Test
  void validate_withoutDefinition_isUsageError() {
    Invocation run = Invocation.of("sfn", "validate");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("Missing required option: '--definition=FILE'");
  }
}
