package dev.kiroworker.worker.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuildVariablesTest {

  @Test
  void blankValuesCountAsUnset() {
    BuildVariables variables = new BuildVariables(Map.of("A", "  ", "B", "x"));

    assertThat(variables.optional("A")).isEmpty();
    assertThat(variables.optional("B")).contains("x");
    assertThat(variables.orDefault("A", "fallback")).isEqualTo("fallback");
  }

  @Test
  void aMissingRequiredValueNamesTheVariableAndWhatToDo() {
    BuildVariables variables = new BuildVariables(Map.of());

    assertThatThrownBy(() -> variables.required(BuildVariables.BRANCH))
        .isInstanceOf(BuildInputException.class)
        .hasMessage(
            "The environment variable KIRO_BRANCH is not set; set it to the work item's feature"
                + " branch.");
    assertThatThrownBy(() -> variables.required(BuildVariables.REPOSITORY_URL))
        .hasMessageContaining("https clone URL");
    assertThatThrownBy(() -> variables.required(BuildVariables.GITHUB_TOKEN))
        .hasMessageContaining("Secrets Manager");
    assertThatThrownBy(() -> variables.required("OTHER"))
        .hasMessageContaining("the buildspec or the state machine should set it");
  }

  @Test
  void numbersAreCheckedAgainstTheirRange() {
    BuildVariables variables =
        new BuildVariables(
            Map.of(
                "N", " 12 ",
                "LOW", "0",
                "WORD", "twelve\nmore text that is long",
                "HIGH", "101"));

    assertThat(variables.integer("N", 5, 1, 100)).isEqualTo(12);
    assertThat(variables.integer("UNSET", 5, 1, 100)).isEqualTo(5);
    assertThat(variables.minutes("N", 1, 1, 100)).isEqualTo(Duration.ofMinutes(12));
    assertThatThrownBy(() -> variables.integer("LOW", 5, 1, 100))
        .isInstanceOf(BuildInputException.class)
        .hasMessage("The environment variable LOW must be a whole number from 1 to 100, was '0'.");
    assertThatThrownBy(() -> variables.integer("HIGH", 5, 1, 100)).hasMessageContaining("'101'");
    assertThatThrownBy(() -> variables.integer("WORD", 5, 1, 100))
        .hasMessageContaining("was 'twelve?more text tha...'");
  }

  @Test
  void theCoverageThresholdDefaultsToEighty() {
    assertThat(new BuildVariables(Map.of()).coverageThreshold()).isEqualTo(80);
    assertThat(new BuildVariables(Map.of("COVERAGE_THRESHOLD", "65")).coverageThreshold())
        .isEqualTo(65);
    assertThatThrownBy(
            () -> new BuildVariables(Map.of("COVERAGE_THRESHOLD", "120")).coverageThreshold())
        .hasMessageContaining("COVERAGE_THRESHOLD must be a whole number from 0 to 100");
  }

  @Test
  void flagsAreTrueOnlyWhenSaidSo() {
    BuildVariables variables = new BuildVariables(Map.of("YES", "TRUE", "NO", "yes"));

    assertThat(variables.flag("YES")).isTrue();
    assertThat(variables.flag("NO")).isFalse();
    assertThat(variables.flag("UNSET")).isFalse();
  }

  @Test
  void theProcessEnvironmentIsReadable() {
    assertThat(BuildVariables.fromProcess().optional("PATH")).isPresent();
  }

  @Test
  void theWorkspaceAndOutputSitUnderCodeBuildsSourceFolder() {
    BuildVariables codeBuild = new BuildVariables(Map.of("CODEBUILD_SRC_DIR", "/codebuild/src"));
    BuildVariables explicit =
        new BuildVariables(
            Map.of("KIRO_WORKSPACE", "/tmp/ws/../clone", "KIRO_OUTPUT_DIR", "/tmp/out"));
    BuildVariables bare = new BuildVariables(Map.of());

    assertThat(Workspace.from(codeBuild)).isEqualTo(Path.of("/codebuild/src/workspace"));
    assertThat(Workspace.from(explicit)).isEqualTo(Path.of("/tmp/clone"));
    assertThat(Workspace.from(bare)).isEqualTo(Path.of("workspace").toAbsolutePath());
    assertThat(BuildOutput.from(codeBuild).root()).isEqualTo(Path.of("/codebuild/src/kiro-output"));
    assertThat(BuildOutput.from(explicit).root()).isEqualTo(Path.of("/tmp/out"));
    assertThat(BuildOutput.from(bare).root()).isEqualTo(Path.of("kiro-output").toAbsolutePath());
  }
}
