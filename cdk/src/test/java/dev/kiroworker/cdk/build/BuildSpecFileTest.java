package dev.kiroworker.cdk.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.services.codebuild.ReportGroupType;

class BuildSpecFileTest {

  private static final Map<String, String> VALUES =
      Map.of("TokenSecretArn", "arn:aws:secretsmanager:eu-west-1:111122223333:secret:t-AbCdEf");

  private static Path fixture(String name) {
    try {
      return Path.of(BuildSpecFileTest.class.getResource("/buildspecs/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void substitute_fillsEveryPlaceholderAndLeavesTheShellsVariables() {
    Map<String, Object> document =
        BuildSpecFile.read(fixture("shell-variables.yml")).substitute(VALUES);

    assertThat(document).containsEntry("version", 0.2);
    assertThat(document.get("env"))
        .isEqualTo(Map.of("secrets-manager", Map.of("TOKEN", VALUES.get("TokenSecretArn"))));
    assertThat(document.get("phases"))
        .isEqualTo(
            Map.of(
                "build",
                Map.of(
                    "commands",
                    List.of(
                        "echo \"${CODEBUILD_SRC_DIR}/out\" \"$HOME\" \"${lower_case}\"",
                        "echo \""
                            + VALUES.get("TokenSecretArn")
                            + " and "
                            + VALUES.get("TokenSecretArn")
                            + "\""))));
  }

  @Test
  void substitute_refusesAPlaceholderItHasNoValueFor() {
    BuildSpecFile file = BuildSpecFile.read(fixture("shell-variables.yml"));

    assertThatThrownBy(() -> file.substitute(Map.of("OtherSecretArn", "arn")))
        .isInstanceOf(InvalidBuildSpecException.class)
        .hasMessageContaining("shell-variables.yml")
        .hasMessageContaining("'TOKEN' holds the placeholder ${TokenSecretArn}")
        .hasMessageContaining("it fills [${OtherSecretArn}]");
  }

  @Test
  void substitute_refusesAPlaceholderInAKey() {
    BuildSpecFile file = BuildSpecFile.read(fixture("placeholder-in-key.yml"));

    assertThatThrownBy(() -> file.substitute(Map.of("VariableName", "X")))
        .isInstanceOf(InvalidBuildSpecException.class)
        .hasMessageContaining("the key '${VariableName}' holds a placeholder");
  }

  @Test
  void reportGroups_namesEachGroupWithItsKindAndJUnitAsTheDefaultFormat() {
    assertThat(BuildSpecFile.read(fixture("shell-variables.yml")).reportGroups())
        .containsExactly(
            new DeclaredReportGroup("unit", ReportGroupType.TEST),
            new DeclaredReportGroup("coverage", ReportGroupType.CODE_COVERAGE));
    assertThat(BuildSpecFile.read(fixture("no-reports.yml")).reportGroups()).isEmpty();
    assertThat(new DeclaredReportGroup("unit", ReportGroupType.TEST).qualifiedName("p"))
        .isEqualTo("p-unit");
  }

  @Test
  void reportGroups_refusesAFileFormatCodeBuildDoesNotKnow() {
    BuildSpecFile file = BuildSpecFile.read(fixture("unknown-file-format.yml"));

    assertThatThrownBy(file::reportGroups)
        .isInstanceOf(InvalidBuildSpecException.class)
        .hasMessageContaining("'coverage' has file-format 'LCOV'")
        .hasMessageContaining("JACOCOXML");
  }

  @Test
  void reportGroups_refusesAReportsSectionThatIsNotMappings() {
    assertThatThrownBy(
            () -> BuildSpecFile.read(fixture("reports-not-a-mapping.yml")).reportGroups())
        .isInstanceOf(InvalidBuildSpecException.class)
        .hasMessageContaining("'reports' must be a mapping");
    assertThatThrownBy(
            () -> BuildSpecFile.read(fixture("report-group-not-a-mapping.yml")).reportGroups())
        .isInstanceOf(InvalidBuildSpecException.class)
        .hasMessageContaining("report group 'unit' must be a mapping");
  }

  @Test
  void read_refusesWhatIsNotABuildspec(@org.junit.jupiter.api.io.TempDir Path folder) {
    assertThatThrownBy(() -> BuildSpecFile.read(fixture("not-a-mapping.yml")))
        .isInstanceOf(InvalidBuildSpecException.class)
        .hasMessageContaining("is not a YAML mapping");
    assertThatThrownBy(() -> BuildSpecFile.read(fixture("empty.yml")))
        .isInstanceOf(InvalidBuildSpecException.class)
        .hasMessageContaining("holds no document");
    assertThatThrownBy(() -> BuildSpecFile.read(folder.resolve("missing.yml")))
        .isInstanceOf(InvalidBuildSpecException.class)
        .hasMessageContaining("Cannot read");
  }
}
