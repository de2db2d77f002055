package dev.kiroworker.worker.build.runner;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The buildspec is validated whole, with every problem's location, before anything runs. */
class BuildspecParserTest {

  @TempDir Path temp;

  private static String resource(String name) throws IOException {
    try (InputStream in = BuildspecParserTest.class.getResourceAsStream("/runner/" + name)) {
      return new String(in.readAllBytes(), UTF_8);
    }
  }

  @Test
  void parse_readsEverySupportedKeyAndWarnsAboutThoseNotEmulated() throws IOException {
    Buildspec spec = BuildspecParser.parse(resource("full.yml"), "full.yml");

    assertThat(spec.shell()).isEqualTo("/bin/sh");
    assertThat(spec.variables()).containsExactly(Map.entry("COVERAGE_THRESHOLD", "80"));
    assertThat(spec.exportedVariables()).containsExactly("RESULT");
    assertThat(spec.phases())
        .extracting(BuildspecPhase::type)
        .containsExactly(PhaseType.INSTALL, PhaseType.BUILD, PhaseType.POST_BUILD);
    assertThat(spec.phase(PhaseType.BUILD).orElseThrow())
        .isEqualTo(
            new BuildspecPhase(
                PhaseType.BUILD,
                List.of("echo build"),
                List.of("echo finally"),
                OnFailure.CONTINUE));
    assertThat(spec.phase(PhaseType.POST_BUILD).orElseThrow().onFailure())
        .isEqualTo(OnFailure.ABORT);
    assertThat(spec.phase(PhaseType.PRE_BUILD)).isEmpty();
    assertThat(spec.reports())
        .containsExactly(
            new ReportGroup(
                "junit",
                new FileSelection(
                    List.of("**/*.xml"), java.util.Optional.empty(), false, List.of()),
                "JUNITXML"));
    assertThat(spec.artifacts().orElseThrow().selection().excludePaths()).containsExactly("tmp/*");
    assertThat(spec.warnings())
        .hasSize(8)
        .anySatisfy(w -> assertThat(w).startsWith("run-as is ignored"))
        .anySatisfy(w -> assertThat(w).startsWith("phases.install.run-as is ignored"))
        .anySatisfy(w -> assertThat(w).startsWith("cache is ignored"))
        .anySatisfy(w -> assertThat(w).contains("runtime-versions is ignored"))
        .anySatisfy(w -> assertThat(w).contains("git-credential-helper is ignored"))
        .anySatisfy(w -> assertThat(w).contains("secondary-artifacts is ignored"));
  }

  @Test
  void parse_reportsEveryProblemWithItsLocation() throws IOException {
    String text = resource("invalid-many.yml");

    assertThatThrownBy(() -> BuildspecParser.parse(text, "invalid-many.yml"))
        .isInstanceOf(BuildspecException.class)
        .hasMessageStartingWith("the buildspec invalid-many.yml is not valid; nothing was run:")
        .hasMessageContaining("version: only 0.2 is supported")
        .hasMessageContaining("colour: unknown key")
        .hasMessageContaining("env.shell: must be bash or /bin/sh")
        .hasMessageContaining("env.variables.CODEBUILD_OWN: names starting with CODEBUILD_")
        .hasMessageContaining("env.variables.not a name: is not a valid environment variable name")
        .hasMessageContaining("env.secrets-manager.SAME: is also in parameter-store")
        .hasMessageContaining("env.exported-variables.AWS_REGION: variables starting with AWS_")
        .hasMessageContaining("env.exported-variables.SAME: is a secret")
        .hasMessageContaining("phases.install.commands: must be a list")
        .hasMessageContaining("phases.pre_build.on-failure: RETRY is not supported")
        .hasMessageContaining("phases.pre_build.commands[0]: is a mapping, not a command")
        .hasMessageContaining("phases.build.on-failure: must be ABORT or CONTINUE")
        .hasMessageContaining("phases.build.runtime-versions: is only allowed in the install phase")
        .hasMessageContaining("phases.build.commands: is required")
        .hasMessageContaining("phases.deploy: unknown key")
        .hasMessageContaining("reports.junit.files: '/etc/passwd' is absolute")
        .hasMessageContaining("reports.junit.discard-paths: must be yes or no")
        .hasMessageContaining("reports.junit.file-format: must be one of")
        .hasMessageContaining("artifacts.files: is required")
        .hasMessageContaining("artifacts.base-directory: '../up' leaves the source folder")
        .hasMessageContaining("artifacts.name: command substitution");
  }

  @Test
  void parse_refusesTextThatIsNotABuildspec() {
    assertThatThrownBy(() -> BuildspecParser.parse("", "empty.yml"))
        .hasMessageContaining("empty or not a mapping");
    assertThatThrownBy(() -> BuildspecParser.parse("phases: [\n", "broken.yml"))
        .hasMessageContaining("is not valid YAML")
        .hasMessageContaining("line");
    assertThatThrownBy(() -> BuildspecParser.parse("version: 0.2\nversion: 0.2\n", "twice.yml"))
        .hasMessageContaining("Duplicate field 'version'");
    assertThatThrownBy(() -> BuildspecParser.parse("env: {}\n", "bare.yml"))
        .hasMessageContaining("version: is required")
        .hasMessageContaining("phases: is required");
    assertThatThrownBy(
            () -> BuildspecParser.parse("version: 0.2\nphases: [a]\nenv: [b]\n", "lists.yml"))
        .hasMessageContaining("phases: must be a mapping")
        .hasMessageContaining("env: must be a mapping");
  }

  @Test
  void parse_whenTheFileCannotBeRead_saysSo() {
    assertThatThrownBy(() -> BuildspecParser.parse(temp.resolve("missing.yml")))
        .isInstanceOf(BuildspecException.class)
        .hasMessageContaining("cannot read the buildspec");
  }

  @Test
  void builder_refusesAnInvalidBuildspecBeforeAnyCommandRuns() {
    LocalBuild build = LocalBuild.of(temp, "invalid-version.yml");

    assertThatThrownBy(build::run)
        .isInstanceOf(BuildspecException.class)
        .hasMessageContaining("version: only 0.2 is supported");
    assertThat(build.exists("ran.txt")).isFalse();
  }
}
