package dev.kiroworker.worker.build.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RepoPathTest {

  @TempDir Path repo;

  @ParameterizedTest
  @ValueSource(strings = {"a.xml", "target/**/TEST-*.xml", "..hidden/x.xml", "a/..b/c"})
  void problem_ofRelativePathInside_isNone(String path) {
    assertThat(RepoPath.problem(path)).isEmpty();
  }

  @Test
  void problem_ofControlCharacter_isNamed() {
    assertThat(RepoPath.problem("a\u0000b")).contains("contains a control character");
  }

  @Test
  void isFileInside_acceptsFilesAndLinksWithinAndRefusesLinksOut(@TempDir Path elsewhere)
      throws IOException {
    Path file = Samples.write(repo, "a/report.xml", "<x/>");
    Path inner = Files.createSymbolicLink(repo.resolve("inner.xml"), file);
    Path outer = Files.createSymbolicLink(repo.resolve("passwd.xml"), Path.of("/etc/passwd"));
    Path dangling = Files.createSymbolicLink(repo.resolve("gone.xml"), elsewhere.resolve("no"));

    assertThat(RepoPath.isFileInside(repo, file)).isTrue();
    assertThat(RepoPath.isFileInside(repo, inner)).isTrue();
    assertThat(RepoPath.isFileInside(repo, outer)).isFalse();
    assertThat(RepoPath.isFileInside(repo, dangling)).isFalse();
    assertThat(RepoPath.isFileInside(repo, repo.resolve("a"))).isFalse();
  }
}
