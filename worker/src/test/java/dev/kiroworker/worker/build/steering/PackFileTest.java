package dev.kiroworker.worker.build.steering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PackFileTest {

  static final byte[] CONTENT = "# rules\n".getBytes();
  static final String HASH = FileHash.sha256Of(CONTENT);

  @Test
  void newFile_withAPathInsteadOfAName_isRefused() {
    for (String name :
        new String[] {"../x.md", "/etc/x.md", "dir/x.md", ".hidden.md", "x.txt", null}) {
      assertThatThrownBy(() -> new PackFile(name, HASH, CONTENT))
          .as(name)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("invalid steering file name");
    }
  }

  @Test
  void content_isACopy() {
    PackFile file = new PackFile("a.md", HASH, CONTENT);
    file.content()[0] = 'X';

    assertThat(file.content()).isEqualTo(CONTENT);
  }

  @Test
  void equality_followsTheContentNotTheArray() {
    PackFile file = new PackFile("a.md", HASH, CONTENT);

    assertThat(file)
        .isEqualTo(new PackFile("a.md", HASH, CONTENT.clone()))
        .hasSameHashCodeAs(new PackFile("a.md", HASH, CONTENT.clone()))
        .isNotEqualTo(new PackFile("b.md", HASH, CONTENT))
        .isNotEqualTo(new PackFile("a.md", "0".repeat(64), CONTENT))
        .isNotEqualTo(new PackFile("a.md", HASH, "other".getBytes()))
        .isNotEqualTo("a.md");
    assertThat(file.toString()).isEqualTo("PackFile[a.md, sha256=" + HASH + "]");
  }
}
