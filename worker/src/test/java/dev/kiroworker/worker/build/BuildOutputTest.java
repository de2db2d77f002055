package dev.kiroworker.worker.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildOutputTest {

  @TempDir Path folder;

  @Test
  void createMakesEveryFolderOfTheLayout() {
    BuildOutput output = new BuildOutput(folder.resolve("out")).create();

    assertThat(output.logsDir()).isDirectory();
    assertThat(output.junitDir()).isDirectory().endsWith(Path.of("reports", "junit"));
    assertThat(output.coverageDir()).isDirectory().endsWith(Path.of("reports", "coverage"));
    assertThat(output.summaryFile().getFileName()).hasToString("summary.json");
    assertThat(output.exportedVariablesFile().getFileName()).hasToString("exported-variables.env");
    assertThat(output.diffFile().getFileName()).hasToString("diff.patch");
    assertThat(output.logFile("sync-steering"))
        .isEqualTo(output.logsDir().resolve("sync-steering.log"));
  }

  @Test
  void aLogFileIsOnlyForAStepName() {
    BuildOutput output = new BuildOutput(folder);

    assertThatThrownBy(() -> output.logFile("../escape"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> output.logFile("Upper")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void createSaysWhichFolderItCouldNotMake() throws Exception {
    Path file = Files.writeString(folder.resolve("taken"), "a file, not a folder");

    assertThatThrownBy(() -> new BuildOutput(file).create())
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("Cannot create the build output folder " + file);
  }

  @Test
  void aSummaryStartsWithItsSchemaVersionAndKeepsEachStepsSection() throws Exception {
    BuildOutput output = new BuildOutput(folder.resolve("out"));
    ObjectNode checkout = JsonNodeFactory.instance.objectNode().put("headSha", "abc");

    BuildSummary.of(output).put("checkout", checkout).save();
    checkout.put("headSha", "changed after put");
    BuildSummary.of(output)
        .put("verify", JsonNodeFactory.instance.objectNode().put("gate", "PASSED"))
        .save();

    BuildSummary read = BuildSummary.of(output);
    assertThat(read.toJson().path("schemaVersion").asInt()).isEqualTo(BuildSummary.SCHEMA_VERSION);
    assertThat(read.section("checkout").orElseThrow().path("headSha").asText()).isEqualTo("abc");
    assertThat(read.section("verify").orElseThrow().path("gate").asText()).isEqualTo("PASSED");
    assertThat(read.section("publish")).isEmpty();
    assertThat(read.section("schemaVersion")).isEmpty();
    try (var leftovers = Files.list(output.root())) {
      assertThat(leftovers.map(path -> path.getFileName().toString()))
          .containsExactly("summary.json");
    }
  }

  @Test
  void aSummaryThatIsNotAnObjectIsRefusedWithItsPath() throws Exception {
    Path array = Files.writeString(folder.resolve("array.json"), "[1]");
    Path broken = Files.writeString(folder.resolve("broken.json"), "{\"a\":");

    assertThatThrownBy(() -> BuildSummary.load(array))
        .isInstanceOf(BuildInputException.class)
        .hasMessage("The build summary " + array + " is not a JSON object.");
    assertThatThrownBy(() -> BuildSummary.load(broken))
        .isInstanceOf(BuildInputException.class)
        .hasMessageStartingWith("The build summary " + broken + " cannot be read:");
  }

  @Test
  void savingWhereNoFolderCanBeMadeSaysSo() throws Exception {
    Path file = Files.writeString(folder.resolve("file"), "x");
    BuildSummary summary = BuildSummary.load(file.resolve("summary.json"));

    assertThatThrownBy(summary::save)
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("Cannot write the build summary");
  }
}
