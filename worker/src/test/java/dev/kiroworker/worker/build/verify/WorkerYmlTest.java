package dev.kiroworker.worker.build.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.worker.build.BuildInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkerYmlTest {

  @TempDir Path repo;

  @Test
  void parse_ofEveryKey_returnsTheSettings() {
    WorkerYml.Settings settings =
        WorkerYml.parse(
            """
            test:
              command: [./gradlew, test, 2]
              timeoutMinutes: 45
              environment: {CI: true, LANG_LEVEL: 3}
            reports:
              junit: [build/test-results/**.xml, more/*junit*.xml]
              coverage: build/reports/jacoco.xml
            coverage:
              threshold: 90
            """);

    assertThat(settings.command()).containsExactly("./gradlew", "test", "2");
    assertThat(settings.timeoutMinutes()).isEqualTo(45);
    assertThat(settings.environment()).isEqualTo(Map.of("CI", "true", "LANG_LEVEL", "3"));
    assertThat(settings.junit()).containsExactly("build/test-results/**.xml", "more/*junit*.xml");
    assertThat(settings.coverage()).isEqualTo("build/reports/jacoco.xml");
    assertThat(settings.threshold()).isEqualTo(90);
  }

  @Test
  void parse_ofCommandString_splitsOnWhitespaceOnlyWithoutAShell() {
    WorkerYml.Settings settings =
        WorkerYml.parse(
            "test:\n  command: \"  npm   run test;rm -rf / $(id) \"\nreports:\n  junit: a.xml\n");

    assertThat(settings.command()).containsExactly("npm", "run", "test;rm", "-rf", "/", "$(id)");
    assertThat(settings.junit()).containsExactly("a.xml");
  }

  @Test
  void parse_ofEmptyFile_setsNothing() {
    WorkerYml.Settings settings = WorkerYml.parse("# nothing yet\n");

    assertThat(settings.command()).isNull();
    assertThat(settings.junit()).isEmpty();
    assertThat(settings.coverage()).isNull();
    assertThat(settings.threshold()).isNull();
    assertThat(WorkerYml.parse("test:\nreports: ~\n").command()).isNull();
  }

  @Test
  void parse_ofUnknownKeys_namesEachKeyAndWhereItIs() {
    assertThatThrownBy(
            () ->
                WorkerYml.parse(
                    "tests: {}\ntest:\n  cmd: [a]\nreports:\n  lcov: x\ncoverage:\n  min: 3\n"))
        .isInstanceOf(BuildInputException.class)
        .hasMessageContaining("unknown key 'tests' at tests; the keys allowed at the top are")
        .hasMessageContaining("unknown key 'cmd' at test.cmd; the keys allowed under test are")
        .hasMessageContaining("unknown key 'lcov' at reports.lcov")
        .hasMessageContaining("unknown key 'min' at coverage.min")
        .hasMessageContaining("docs/worker-yml.md");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "test: {command: {run: npm}}|test.command: must be a list of arguments",
        "test: {command: 42}|test.command: must be a list of arguments",
        "test: {command: [npm, [test]]}|test.command[1]: must be a string",
        "test: {command: []}|test.command: is empty",
        "test: {command: '   '}|test.command: is empty",
        "test: {command: [\"npm\\ntest\"]}|test.command[0]: contains a control character",
        "test: {timeoutMinutes: 0}|test.timeoutMinutes: must be from 1 to 240, was 0",
        "test: {timeoutMinutes: '30'}|test.timeoutMinutes: must be a whole number from 1 to 240",
        "test: {environment: [A]}|test.environment: must be a mapping",
        "test: {environment: {lower: x}}|test.environment.lower: a variable name must match",
        "test: {environment: {GITHUB_TOKEN: x}}|test.environment.GITHUB_TOKEN: holds one of",
        "test: {environment: {KIRO_API_KEY: x}}|test.environment.KIRO_API_KEY: holds one of",
        "test: {environment: {EMPTY: }}|test.environment.EMPTY: the value must be a string",
        "test: [a]|test: must be a mapping of command, environment, timeoutMinutes",
        "reports: {junit: ../outside/*.xml}|reports.junit: '../outside/*.xml' contains '..'",
        "reports: {junit: [a/../../b.xml]}|reports.junit[0]: 'a/../../b.xml' contains '..'",
        "reports: {junit: [/etc/passwd]}|reports.junit[0]: '/etc/passwd' is absolute",
        "reports: {junit: [~/x.xml]}|is absolute",
        "reports: {junit: ['C:/x.xml']}|is absolute",
        "reports: {junit: ['a\\b.xml']}|contains a backslash",
        "reports: {junit: ['']}|is empty",
        "reports: {junit: [1]}|reports.junit[0]: must be a string",
        "reports: {junit: []}|reports.junit: must be a list of paths",
        "reports: {coverage: /tmp/lcov.info}|reports.coverage: '/tmp/lcov.info' is absolute",
        "reports: {coverage: [a, b]}|reports.coverage: must be one path or glob",
        "coverage: {threshold: 101}|coverage.threshold: must be from 0 to 100, was 101",
        "coverage: {threshold: 80.5}|coverage.threshold: must be a whole number from 0 to 100",
        "[a, b]|the file must be a mapping",
      })
  void parse_ofInvalidValue_saysWhatAndWhere(String yaml, String expected) {
    assertThatThrownBy(() -> WorkerYml.parse(yaml))
        .isInstanceOf(BuildInputException.class)
        .hasMessageContaining(".kiro/worker.yml is not valid")
        .hasMessageContaining(expected);
  }

  @Test
  void parse_ofMalformedYaml_givesTheLine() {
    assertThatThrownBy(() -> WorkerYml.parse("test:\n  command: [npm, test\n"))
        .isInstanceOf(BuildInputException.class)
        .hasMessageContaining("is not valid YAML (line");
  }

  @Test
  void parse_ofDuplicateKey_isRefused() {
    assertThatThrownBy(() -> WorkerYml.parse("test:\n  command: [a]\n  command: [b]\n"))
        .isInstanceOf(BuildInputException.class)
        .hasMessageContaining("Duplicate field 'command'");
  }

  @Test
  void read_withoutFile_isEmpty() {
    assertThat(WorkerYml.read(repo)).isEmpty();
  }

  @Test
  void read_ofFileInRepository_parsesIt() throws IOException {
    Samples.write(repo, ".kiro/worker.yml", "coverage: {threshold: 70}\n");

    assertThat(WorkerYml.read(repo)).get().extracting(WorkerYml.Settings::threshold).isEqualTo(70);
  }

  @Test
  void read_ofLinkOutOfTheRepository_isRefused(@TempDir Path elsewhere) throws IOException {
    Path outside = Samples.write(elsewhere, "worker.yml", "test: {command: [evil]}\n");
    Files.createDirectories(repo.resolve(".kiro"));
    Files.createSymbolicLink(repo.resolve(".kiro/worker.yml"), outside);

    assertThatThrownBy(() -> WorkerYml.read(repo))
        .isInstanceOf(BuildInputException.class)
        .hasMessageContaining("not a regular file inside the repository");
  }

  @Test
  void read_ofOversizedFile_isRefused() throws IOException {
    Samples.write(repo, ".kiro/worker.yml", "#".repeat(WorkerYml.MAX_BYTES + 1));

    assertThatThrownBy(() -> WorkerYml.read(repo))
        .isInstanceOf(BuildInputException.class)
        .hasMessageContaining("larger than 64 KiB");
  }

  @Test
  void read_ofUnreadableFile_saysSo() throws IOException {
    Path file = Samples.write(repo, ".kiro/worker.yml", "test: {}\n");
    file.toFile().setReadable(false);
    try {
      if (Files.isReadable(file)) {
        // Running as root: permissions do not stop the read, so the parse succeeds.
        assertThat(WorkerYml.read(repo)).isPresent();
      } else {
        assertThatThrownBy(() -> WorkerYml.read(repo))
            .isInstanceOf(BuildInputException.class)
            .hasMessageContaining("Cannot read .kiro/worker.yml");
      }
    } finally {
      file.toFile().setReadable(true);
    }
  }

  @Test
  void protectedVariables_includeTheBuildSecrets() {
    assertThat(WorkerYml.PROTECTED_VARIABLES)
        .containsAll(List.of("GITHUB_TOKEN", "KIRO_API_KEY", "AWS_SECRET_ACCESS_KEY"));
  }
}
