package dev.kiroworker.worker.build.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.handlers.json.JsonMapper;
import dev.kiroworker.handlers.scrub.SecretScrubber;
import dev.kiroworker.worker.build.process.ProcessCommand;
import dev.kiroworker.worker.build.process.ProcessResult;
import dev.kiroworker.worker.build.process.ProcessRunner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportedVariablesTest {

  @TempDir Path folder;

  private final List<String> warnings = new ArrayList<>();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"complete", "empty", "before-publish", "hostile"})
  void from_summary_givesTheExpectedFile(String name) {
    ExportedVariables variables = ExportedVariables.from(summary(name), warnings::add);

    assertThat(variables.text()).isEqualTo(resource(name + ".expected.env"));
  }

  @Test
  void from_validSummary_warnsAboutNothing() {
    ExportedVariables.from(summary("complete"), warnings::add);

    assertThat(warnings).isEmpty();
  }

  @Test
  void from_hostileSummary_warnsOncePerRefusedValueOnOneLineEach() {
    ExportedVariables.from(summary("hostile"), warnings::add);

    assertThat(warnings).hasSize(10).allMatch(line -> !line.contains("\n"));
    assertThat(warnings)
        .anyMatch(
            line ->
                line.contains("verify.testsPassed")
                    && line.contains("'12?KIRO_GATE=PASSED'")
                    && line.contains("KIRO_TESTS_PASSED is written empty"));
    assertThat(warnings).anyMatch(line -> line.contains("implement.completed"));
  }

  @Test
  void from_summaryWithoutPublish_takesTheCheckoutsCommit() {
    ExportedVariables variables = ExportedVariables.from(summary("before-publish"), warnings::add);

    assertThat(variables.values())
        .containsEntry(ExportedVariables.COMMIT_SHA, "2222222222222222222222222222222222222222")
        .containsEntry(ExportedVariables.PUSHED, "false")
        .hasSize(10);
  }

  @Test
  void write_producesAFileTheShellSourcesWithoutRunningAnything() {
    Path file = folder.resolve("out/exported-variables.env");
    ExportedVariables.from(summary("hostile"), warnings::add).write(file);
    Path complete = folder.resolve("complete.env");
    ExportedVariables.from(summary("complete"), warnings::add).write(complete);

    // The buildspec's own line; the file name is an argument, never part of the script.
    ProcessResult hostile = source(file);
    ProcessResult sourced = source(complete);

    assertThat(hostile.succeeded()).as(hostile.output()).isTrue();
    assertThat(hostile.output()).contains("KIRO_GATE=\n").doesNotContain("uid=");
    assertThat(sourced.output())
        .contains("KIRO_LINE_COVERAGE=91.26\n", "KIRO_PUSHED=true\n", "KIRO_BRANCH_COVERAGE=\n");
  }

  private ProcessResult source(Path file) {
    ProcessCommand command =
        ProcessCommand.of(
                folder,
                Duration.ofSeconds(30),
                "sh",
                "-c",
                "set -a; . \"$1\"; set +a; env | grep '^KIRO_' | sort",
                "sh",
                file.toString())
            .withEnvironment(java.util.Map.of());
    return new ProcessRunner(SecretScrubber.patternsOnly()).run(command);
  }

  private static ObjectNode summary(String name) {
    try {
      return (ObjectNode) JsonMapper.shared().readTree(resource(name + ".json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(String name) {
    try (InputStream in =
        ExportedVariablesTest.class.getResourceAsStream("/publish/summaries/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
