package dev.kiroworker.worker.build.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecFilesTest {

  private static final String SPEC = ".kiro/specs/x";
  private static final String ALL_MISSING =
      "The branch b has no .kiro/specs/x/requirements.md, .kiro/specs/x/design.md,"
          + " .kiro/specs/x/tasks.md; add them and push.";

  @TempDir Path folder;

  @Test
  void verify_withAllFiles_listsThem() throws IOException {
    Path clone = folder.resolve("clone");
    writeSpec(clone.resolve(SPEC));

    assertThat(SpecFiles.verify(clone, "b", SPEC))
        .containsExactly(SPEC + "/requirements.md", SPEC + "/design.md", SPEC + "/tasks.md");
  }

  @Test
  void verify_withSpecFolderLinkedOutsideTheClone_countsNothing() throws IOException {
    Path clone = folder.resolve("clone");
    Path outside = folder.resolve("outside");
    writeSpec(outside);
    Files.createDirectories(clone.resolve(".kiro/specs"));
    Files.createSymbolicLink(clone.resolve(SPEC), outside);

    assertThatThrownBy(() -> SpecFiles.verify(clone, "b", SPEC)).hasMessage(ALL_MISSING);
  }

  @Test
  void verify_withParentFolderLinkedOutsideTheClone_countsNothing() throws IOException {
    Path clone = folder.resolve("clone");
    Path outside = folder.resolve("outside");
    writeSpec(outside.resolve("specs/x"));
    Files.createDirectories(clone);
    Files.createSymbolicLink(clone.resolve(".kiro"), outside);

    assertThatThrownBy(() -> SpecFiles.verify(clone, "b", SPEC)).hasMessage(ALL_MISSING);
  }

  @Test
  void verify_withLinkedFile_countsItMissing() throws IOException {
    Path clone = folder.resolve("clone");
    writeSpec(clone.resolve(SPEC));
    Path secret = Files.writeString(folder.resolve("secret.md"), "x");
    Files.delete(clone.resolve(SPEC).resolve("tasks.md"));
    Files.createSymbolicLink(clone.resolve(SPEC).resolve("tasks.md"), secret);

    assertThatThrownBy(() -> SpecFiles.verify(clone, "b", SPEC))
        .hasMessage("The branch b has no .kiro/specs/x/tasks.md; add it and push.");
  }

  @Test
  void verify_withMissingClone_failsSayingSo() {
    assertThatThrownBy(() -> SpecFiles.verify(folder.resolve("absent"), "b", SPEC))
        .isInstanceOf(CheckoutFailedException.class)
        .hasMessageStartingWith("Cannot read " + folder.resolve("absent"));
  }

  private static void writeSpec(Path spec) throws IOException {
    Files.createDirectories(spec);
    for (String name : SpecPath.FILES) {
      Files.writeString(spec.resolve(name), "# " + name);
    }
  }
}
