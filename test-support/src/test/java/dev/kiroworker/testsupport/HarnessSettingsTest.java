package dev.kiroworker.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarnessSettingsTest {

  @TempDir Path temporary;

  @Test
  void resolve_prefersThePropertyOverTheEnvironment() throws Exception {
    Path fromProperty = repositoryAt("by-property");
    Path fromEnvironment = repositoryAt("by-environment");

    var settings =
        HarnessSettings.resolve(
            Map.of("kiro.repo.root", fromProperty.toString(), "kiro.node", "/opt/node/bin/node")
                ::get,
            Map.of("KIRO_REPO_ROOT", fromEnvironment.toString(), "KIRO_NODE", "nodejs")::get,
            temporary);

    assertThat(settings.repositoryRoot()).isEqualTo(fromProperty);
    assertThat(settings.nodeExecutable()).isEqualTo("/opt/node/bin/node");
  }

  @Test
  void resolve_usesTheEnvironmentWhenNoPropertyIsSet() throws Exception {
    Path fromEnvironment = repositoryAt("by-environment");

    var settings =
        HarnessSettings.resolve(
            Map.of("kiro.repo.root", " ")::get,
            Map.of("KIRO_REPO_ROOT", fromEnvironment.toString(), "KIRO_NODE", "nodejs")::get,
            temporary);

    assertThat(settings.repositoryRoot()).isEqualTo(fromEnvironment);
    assertThat(settings.nodeExecutable()).isEqualTo("nodejs");
  }

  @Test
  void resolve_withNothingSet_findsTheRepositoryAboveTheWorkingDirectory() throws Exception {
    Path root = repositoryAt("checkout");
    Path module = Files.createDirectories(root.resolve("handlers/target"));

    var settings = HarnessSettings.resolve(name -> null, name -> null, module);

    assertThat(settings.repositoryRoot()).isEqualTo(root);
    assertThat(settings.nodeExecutable()).isEqualTo("node");
    assertThat(settings.nodeTools()).isEqualTo(root.resolve("test-fixtures/node-tools"));
    assertThat(settings.gitHubFixtures()).isEqualTo(root.resolve("test-fixtures/github"));
  }

  @Test
  void resolve_outsideAnyRepository_saysHowToFixIt() {
    assertThatThrownBy(() -> HarnessSettings.resolve(name -> null, name -> null, temporary))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Cannot find the kiro-worker repository")
        .hasMessageContaining("-Dkiro.repo.root");
  }

  @Test
  void constructor_rejectsAFolderWithoutFixtures() {
    assertThatThrownBy(() -> new HarnessSettings(temporary, "node"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not the kiro-worker repository");
  }

  @Test
  void constructor_rejectsABlankNodeExecutable() throws Exception {
    Path root = repositoryAt("checkout");

    assertThatThrownBy(() -> new HarnessSettings(root, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Node.js executable");
  }

  @Test
  void fromEnvironment_findsThisRepository() {
    var settings = HarnessSettings.fromEnvironment();

    assertThat(settings.nodeTools().resolve("start-emulator.js")).isRegularFile();
  }

  private Path repositoryAt(String name) throws Exception {
    Path root = temporary.resolve(name);
    Files.createDirectories(root.resolve("test-fixtures"));
    return root;
  }
}
