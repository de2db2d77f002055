package dev.kiroworker.worker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoFilesTest {

  @TempDir Path folder;

  @Test
  void extractsTheSampleTheAgentAndTheBuildspecFromTheClassPath() {
    DemoFiles files = DemoFiles.extract(folder);

    assertThat(files.sample().resolve("test/grade.test.js")).isRegularFile();
    assertThat(files.agent()).isExecutable();
    assertThat(files.buildspec()).content().contains("exported-variables:");
  }

  @Test
  void namesEveryFileOfTheNodeSample() throws IOException {
    Path sample =
        Path.of("").toAbsolutePath().getParent().resolve("test-fixtures/targets/node-sample");
    try (Stream<Path> paths = Files.walk(sample)) {
      assertThat(
              paths
                  .filter(Files::isRegularFile)
                  .map(path -> sample.relativize(path).toString().replace('\\', '/')))
          .containsExactlyInAnyOrderElementsOf(DemoFiles.SAMPLE_FILES);
    }
  }
}
