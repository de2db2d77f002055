package dev.kiroworker.worker.build.runner;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.tasks.BuildRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The local engine's CodeBuild: runs {@code codebuild:startBuild.sync} tasks with the {@link
 * LocalBuildRunner}. Each build gets a fresh source folder and its own folder under the output root
 * ({@code <root>/<project>-<number>}), and returns CodeBuild's {@code Build} object with {@code
 * BuildStatus} set; {@link dev.kiroworker.statemachine.tasks.CodeBuildStartBuildSync} fails the
 * task when that status is not SUCCEEDED.
 */
public final class LocalCodeBuild implements BuildRunner {

  private final Path buildspec;
  private final SourceFolders sources;
  private final Path outputRoot;
  private final Map<String, String> secrets;
  private final LocalBuildRunner runner;
  private final ArtifactPublisher publisher;
  private final Consumer<String> log;
  private final AtomicLong buildNumbers = new AtomicLong();

  /**
   * @param buildspec the buildspec file, read again for every build (as CodeBuild reads it from the
   *     source)
   * @param secrets secret values by reference (parameter name, secret id or ARN)
   */
  public LocalCodeBuild(
      Path buildspec,
      SourceFolders sources,
      Path outputRoot,
      Map<String, String> secrets,
      LocalBuildRunner runner,
      ArtifactPublisher publisher,
      Consumer<String> log) {
    this.buildspec = Objects.requireNonNull(buildspec, "buildspec");
    this.sources = Objects.requireNonNull(sources, "sources");
    this.outputRoot = Objects.requireNonNull(outputRoot, "outputRoot");
    this.secrets = Map.copyOf(secrets);
    this.runner = Objects.requireNonNull(runner, "runner");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.log = Objects.requireNonNull(log, "log");
  }

  /** An adapter with this process's environment, artifacts left in place, log lines dropped. */
  public static LocalCodeBuild create(
      Path buildspec, SourceFolders sources, Path outputRoot, Map<String, String> secrets) {
    return new LocalCodeBuild(
        buildspec,
        sources,
        outputRoot,
        secrets,
        LocalBuildRunner.create(),
        ArtifactPublisher.localFolder(),
        line -> {});
  }

  @Override
  public JsonNode run(JsonNode startBuildParameters) throws IOException {
    StartBuildParameters parameters = StartBuildParameters.from(startBuildParameters);
    long number = buildNumbers.incrementAndGet();
    Path source = sources.create(parameters.projectName(), number);
    LocalBuildRequest.Builder request =
        LocalBuildRequest.builder(
                buildspec, source, outputRoot.resolve(parameters.projectName() + "-" + number))
            .projectName(parameters.projectName())
            .buildNumber(number)
            .overrides(parameters.overrides())
            .secrets(secrets)
            .log(log);
    parameters.timeout().ifPresent(request::timeout);
    LocalBuildResult result = runner.run(request.build());
    return BuildJson.of(result, publisher.publish(result));
  }
}
