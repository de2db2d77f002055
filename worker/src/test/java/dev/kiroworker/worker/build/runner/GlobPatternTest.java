package dev.kiroworker.worker.build.runner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobPatternTest {

  @ParameterizedTest(name = "{0} matches {1}: {2}")
  @CsvSource({
    "**/*, top.txt, true",
    "**/*, a/b/c.txt, true",
    "dir/*, dir/file.txt, true",
    "dir/*, dir/sub/file.txt, false",
    "dir/**/*, dir/sub/file.txt, true",
    "dir/**/*, dir/file.txt, true",
    "*.xml, TEST-a.xml, true",
    "*.xml, sub/TEST-a.xml, false",
    "./target/app.jar, target/app.jar, true",
    "file?.txt, file1.txt, true",
    "file?.txt, file10.txt, false",
    "a+b(1).txt, a+b(1).txt, true",
    "dist/**, dist/x/y, true"
  })
  void matches(String glob, String path, boolean expected) {
    assertThat(GlobPattern.of(glob).matches(path)).isEqualTo(expected);
  }
}
