package dev.kiroworker.worker.build.steering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SteeringPackTest {

  /** The pack's single source of truth, relative to the worker module where tests run. */
  static final Path SHIPPED = Path.of("../.kiro/steering-pack");

  @TempDir Path temp;

  @Test
  void shippedPack_everyManifestHashMatchesAndEveryFileIsListed() {
    SteeringPack pack = SteeringPack.load(SHIPPED);

    assertThat(pack.version()).isEqualTo("1.0.0");
    assertThat(pack.files())
        .extracting(PackFile::name)
        .containsExactly(
            "code-review.md", "deployment-practices.md", "git-workflow.md", "testing-standards.md");
  }

  @Test
  void fromClasspath_loadsTheSamePackAsTheSourceFolder() {
    assertThat(SteeringPack.fromClasspath()).isEqualTo(SteeringPack.load(SHIPPED));
  }

  @Test
  void shippedPack_everyFileIsAlwaysIncludedSteering() {
    for (PackFile file : SteeringPack.fromClasspath().files()) {
      assertThat(new String(file.content(), StandardCharsets.UTF_8))
          .as(file.name())
          .startsWith("---\ninclusion: always\n---\n# ");
    }
  }

  @Test
  void load_whenAFileWasEditedWithoutTheManifest_namesTheFileAndBothHashes() throws IOException {
    Path folder = PackFolder.in(temp).file("a.md", "one").file("b.md", "two").write("1.0.0");
    Files.writeString(folder.resolve("b.md"), "edited");

    assertThatThrownBy(() -> SteeringPack.load(folder))
        .isInstanceOf(SteeringPackException.class)
        .hasMessageContaining("is invalid:")
        .hasMessageContaining("b.md: sha256 is " + FileHash.sha256Of("edited".getBytes()))
        .hasMessageContaining("but manifest.json says " + FileHash.sha256Of("two".getBytes()))
        .hasMessageNotContaining("a.md");
  }

  @Test
  void load_whenAFileIsNotInTheManifest_reportsIt() throws IOException {
    Path folder = PackFolder.in(temp).file("a.md", "one").write("1.0.0");
    Files.writeString(folder.resolve("extra.md"), "not listed");

    assertThatThrownBy(() -> SteeringPack.load(folder))
        .isInstanceOf(SteeringPackException.class)
        .hasMessageContaining("extra.md: in the pack folder but not listed in manifest.json");
  }

  @Test
  void load_whenAListedFileIsMissing_reportsIt() throws IOException {
    Path folder = PackFolder.in(temp).file("a.md", "one").write("1.0.0");
    Files.delete(folder.resolve("a.md"));

    assertThatThrownBy(() -> SteeringPack.load(folder))
        .hasMessageContaining("a.md: listed in manifest.json but missing from the pack");
  }

  @Test
  void load_whenAManifestNameLeavesTheFolder_refusesIt() throws IOException {
    Files.writeString(
        temp.resolve("manifest.json"),
        "{\"version\": \"1\", \"files\": {\"../escape.md\": {\"sha256\": \"%s\"}}}"
            .formatted("0".repeat(64)));

    assertThatThrownBy(() -> SteeringPack.load(temp))
        .isInstanceOf(SteeringPackException.class)
        .hasMessageContaining("../escape.md: not a plain .md file name");
  }

  @Test
  void load_whenAListedFileCannotBeRead_saysWhichFile() throws IOException {
    Path folder = PackFolder.in(temp).file("a.md", "one").write("1.0.0");
    Files.delete(folder.resolve("a.md"));
    Files.createDirectory(folder.resolve("a.md"));

    assertThatThrownBy(() -> SteeringPack.load(folder))
        .isInstanceOf(SteeringPackException.class)
        .hasMessageContaining("cannot read the pack file " + folder.resolve("a.md"));
  }

  @Test
  void load_whenTheManifestIsMissing_saysSo() {
    assertThatThrownBy(() -> SteeringPack.load(temp))
        .isInstanceOf(SteeringPackException.class)
        .hasMessageContaining("has no manifest.json");
  }

  @Test
  void load_whenTheManifestHasNoVersion_saysWhatIsWrong() throws IOException {
    Files.writeString(temp.resolve("manifest.json"), "{\"files\": {}}");

    assertThatThrownBy(() -> SteeringPack.load(temp))
        .isInstanceOf(SteeringPackException.class)
        .hasMessageContaining("manifest.json of the steering pack")
        .hasMessageContaining("version is missing");
  }

  @Test
  void load_whenAManifestHashIsMalformed_saysWhatIsWrong() throws IOException {
    Files.writeString(
        temp.resolve("manifest.json"),
        "{\"version\": \"1\", \"files\": {\"a.md\": {\"sha256\": \"XYZ\"}}}");

    assertThatThrownBy(() -> SteeringPack.load(temp))
        .hasMessageContaining("sha256 must be 64 lower-case hex digits, but was XYZ");
  }

  @Test
  void load_whenTheFolderDoesNotExist_saysSo() {
    assertThatThrownBy(() -> SteeringPack.load(temp.resolve("nowhere")))
        .isInstanceOf(SteeringPackException.class)
        .hasMessageContaining("does not exist or is not a folder");
  }

  @Test
  void fromClasspath_whenTheFolderIsNotOnTheClasspath_saysSo() {
    assertThatThrownBy(() -> SteeringPack.fromClasspath("/no-such-pack/"))
        .isInstanceOf(SteeringPackException.class)
        .hasMessageContaining("classpath:/no-such-pack/ has no manifest.json");
  }

  @Test
  void file_findsAFileByName() {
    SteeringPack pack = SteeringPack.fromClasspath();

    assertThat(pack.file("git-workflow.md"))
        .get()
        .extracting(PackFile::name)
        .isEqualTo("git-workflow.md");
    assertThat(pack.file("absent.md")).isEmpty();
  }

  @Test
  void newPack_withoutAVersion_isRefused() {
    assertThatThrownBy(() -> new SteeringPack(" ", java.util.List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a version");
  }
}
