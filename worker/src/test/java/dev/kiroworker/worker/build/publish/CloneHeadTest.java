package dev.kiroworker.worker.build.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.worker.build.BuildInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a clone's HEAD from its files, as an agent may have left them. */
class CloneHeadTest {

  private static final String SHA = "0123456789abcdef0123456789abcdef01234567";
  private static final String OTHER = "89abcdef0123456789abcdef0123456789abcdef";

  @TempDir Path clone;
  private Path gitDir;

  @BeforeEach
  void setUp() throws IOException {
    gitDir = Files.createDirectories(clone.resolve(".git"));
  }

  @Test
  void read_ofDetachedHead_returnsTheId() throws IOException {
    write("HEAD", SHA + "\n");

    assertThat(CloneHead.read(gitDir)).isEqualTo(SHA);
  }

  @Test
  void read_ofBranchInALooseRef_returnsItsId() throws IOException {
    write("HEAD", "ref: refs/heads/feature/x\n");
    write("refs/heads/feature/x", SHA + "\n");
    write("packed-refs", OTHER + " refs/heads/feature/x\n");

    assertThat(CloneHead.read(gitDir)).isEqualTo(SHA);
  }

  @Test
  void read_ofBranchInPackedRefs_returnsItsIdNotAPeeledOne() throws IOException {
    write("HEAD", "ref: refs/heads/main\n");
    write(
        "packed-refs",
        "# pack-refs with: peeled fully-peeled sorted \n"
            + OTHER
            + " refs/heads/mainly\n"
            + SHA
            + " refs/heads/main\n"
            + "^"
            + OTHER
            + "\n");

    assertThat(CloneHead.read(gitDir)).isEqualTo(SHA);
  }

  @Test
  void read_ofUnbornBranch_isRefused() throws IOException {
    write("HEAD", "ref: refs/heads/main\n");

    assertThatThrownBy(() -> CloneHead.read(gitDir))
        .isInstanceOf(BuildInputException.class)
        .hasMessageContaining("has no commit to push", "refs/heads/main, which does not exist");
  }

  @Test
  void read_ofGarbage_isRefusedWithoutShowingIt() throws IOException {
    write("HEAD", "GITHUB_TOKEN=ghs_secret\n");

    assertThatThrownBy(() -> CloneHead.read(gitDir))
        .isInstanceOf(BuildInputException.class)
        .hasMessageContaining("HEAD holds neither a commit id nor a symbolic ref")
        .hasMessageNotContaining("ghs_secret");
  }

  @Test
  void read_ofRefLeavingTheRefsFolder_isRefused() throws IOException {
    write("HEAD", "ref: refs/../config\n");

    assertThatThrownBy(() -> CloneHead.read(gitDir))
        .isInstanceOf(BuildInputException.class)
        .hasMessageContaining("points at a ref name that is not accepted");
  }

  @Test
  void read_ofSymbolicRefLoop_isRefused() throws IOException {
    write("HEAD", "ref: refs/heads/a\n");
    write("refs/heads/a", "ref: refs/heads/b\n");
    write("refs/heads/b", "ref: refs/heads/a\n");

    assertThatThrownBy(() -> CloneHead.read(gitDir))
        .isInstanceOf(BuildInputException.class)
        .hasMessageContaining("chain of more than 5 symbolic refs");
  }

  @Test
  void read_ofHeadThatIsAFolder_isRefused() throws IOException {
    Files.createDirectories(gitDir.resolve("HEAD"));

    assertThatThrownBy(() -> CloneHead.read(gitDir))
        .isInstanceOf(BuildInputException.class)
        .hasMessageContaining("HEAD is not a ref file");
  }

  @Test
  void read_ofHugeHead_isRefused() throws IOException {
    write("HEAD", "x".repeat(5000));

    assertThatThrownBy(() -> CloneHead.read(gitDir))
        .isInstanceOf(BuildInputException.class)
        .hasMessageContaining("HEAD is not a ref file");
  }

  @Test
  void read_ofUnreadablePackedRefs_isRefused() throws IOException {
    write("HEAD", "ref: refs/heads/main\n");
    Files.write(gitDir.resolve("packed-refs"), new byte[] {(byte) 0xff, (byte) 0xfe, 0x0a});

    assertThatThrownBy(() -> CloneHead.read(gitDir))
        .isInstanceOf(BuildInputException.class)
        .hasMessageContaining("cannot read packed-refs");
  }

  private void write(String name, String text) throws IOException {
    Path file = gitDir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
