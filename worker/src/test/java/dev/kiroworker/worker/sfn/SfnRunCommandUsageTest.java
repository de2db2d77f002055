package dev.kiroworker.worker.sfn;

import static dev.kiroworker.worker.sfn.Fixtures.file;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiroworker.worker.Invocation;
import dev.kiroworker.worker.cli.ExitCode;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SfnRunCommandUsageTest {

  static Stream<Arguments> wrongCommandLines() {
    String definition = file("hello.asl.json");
    String mocks = file("acquire-lock-mocks.json");
    return Stream.of(
        Arguments.of(
            "no definition", new String[] {}, "Missing required option: '--definition=FILE'"),
        Arguments.of(
            "unknown option",
            new String[] {"--definition", definition, "--verbose"},
            "Unknown option: '--verbose'"),
        Arguments.of(
            "mock config alone",
            new String[] {"--definition", definition, "--mock-config", mocks},
            "--mock-config needs --state-machine-name and --test-case"),
        Arguments.of(
            "mock config without test case",
            new String[] {
              "--definition", definition, "--mock-config", mocks, "--state-machine-name", "A"
            },
            "--mock-config needs --state-machine-name and --test-case"),
        Arguments.of(
            "mock config without state machine name",
            new String[] {"--definition", definition, "--mock-config", mocks, "--test-case", "T"},
            "--mock-config needs --state-machine-name and --test-case"),
        Arguments.of(
            "test case without mock config",
            new String[] {"--definition", definition, "--test-case", "T"},
            "--test-case needs --mock-config"),
        Arguments.of(
            "execution name with a space",
            new String[] {"--definition", definition, "--execution-name", "my run"},
            "the execution name must be 1 to 80 letters"),
        Arguments.of(
            "state machine name with a slash",
            new String[] {"--definition", definition, "--state-machine-name", "a/b"},
            "the state machine name must be 1 to 80 letters"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrongCommandLines")
  void run_withWrongCommandLine_exitsTwoWithTheReason(String why, String[] options, String reason) {
    String[] args =
        Stream.concat(Stream.of("sfn", "run"), Stream.of(options)).toArray(String[]::new);

    Invocation run = Invocation.of(args);

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(reason);
  }
}
