package dev.kiroworker.worker.build.runner;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A local build in a test's temporary folder: a buildspec from {@code src/test/resources/runner},
 * an empty source folder, an output folder, and the log lines as the consumer received them.
 */
final class LocalBuild {

  final Path source;
  final Path output;
  final Path buildspecFile;
  final List<String> lines = new ArrayList<>();
  private final Map<String, String> processEnvironment = new HashMap<>(System.getenv());

  private LocalBuild(Path root, String resource) {
    this.source = root.resolve("src");
    this.output = root.resolve("out");
    this.buildspecFile = root.resolve("buildspec.yml");
    try {
      Files.createDirectories(source);
      try (InputStream in = LocalBuild.class.getResourceAsStream("/runner/" + resource)) {
        if (in == null) {
          throw new IllegalArgumentException("no test resource runner/" + resource);
        }
        Files.write(buildspecFile, in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static LocalBuild of(Path root, String resource) {
    return new LocalBuild(root, resource);
  }

  /** Adds a variable to the environment the runner sees as this process's. */
  LocalBuild withProcessVariable(String name, String value) {
    processEnvironment.put(name, value);
    return this;
  }

  LocalBuildRunner runner() {
    return new LocalBuildRunner(processEnvironment, Clock.systemUTC());
  }

  LocalBuildResult run() {
    return run(request -> request);
  }

  LocalBuildResult run(UnaryOperator<LocalBuildRequest.Builder> customize) {
    LocalBuildRequest.Builder request =
        LocalBuildRequest.builder(buildspecFile, source, output)
            .timeout(Duration.ofSeconds(30))
            .log(lines::add);
    return runner().run(customize.apply(request).build());
  }

  String read(String sourceFile) {
    try {
      return Files.readString(source.resolve(sourceFile), UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  boolean exists(String sourceFile) {
    return Files.exists(source.resolve(sourceFile));
  }

  String log() {
    try {
      return Files.readString(output.resolve("build.log"), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> phaseTypes(LocalBuildResult result) {
    return result.phases().stream().map(PhaseResult::phaseType).toList();
  }

  static BuildStatus status(LocalBuildResult result, String phase) {
    return result.phase(phase).orElseThrow().status();
  }
}
