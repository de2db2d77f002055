package dev.kiroworker.worker.demo;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.kiroworker.statemachine.json.Json;
import dev.kiroworker.statemachine.tasks.BuildRunner;
import dev.kiroworker.worker.KiroWorker;
import dev.kiroworker.worker.build.runner.LocalBuildRunner;
import dev.kiroworker.worker.build.runner.LocalCodeBuild;
import dev.kiroworker.worker.build.runner.S3ArtifactPublisher;
import dev.kiroworker.worker.demo.github.DemoWorld;
import dev.kiroworker.worker.local.ProjectEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The demo's CodeBuild project: the repository's buildspec run by the local build runner, with
 * {@code kiro-worker} on PATH meaning this same program and the fake agent in place of Kiro. Like
 * the real project, its own variables come before the workflow's overrides.
 */
final class DemoBuildProject {

  /** What the buildspec's secrets-manager references resolve to; neither is a real credential. */
  static final String KIRO_API_KEY = "kiro-worker-demo-api-key";

  // The wrapper pastes no path into shell text: it reads them from the build's environment.
  private static final String WRAPPER =
      """
      #!/bin/sh
      # kiro-worker for the demo's build: the program running the demo, found through variables.
      exec "$KIRO_DEMO_JAVA" -cp "$KIRO_DEMO_CLASSPATH" dev.kiroworker.worker.KiroWorker "$@"
      """;

  private DemoBuildProject() {}

  /**
   * @param folder the demo's folder: {@code bin/} gets the wrapper, {@code sources/} and {@code
   *     builds/} the builds
   * @param variables the scenario's extra project variables
   */
  static BuildRunner create(
      Path folder,
      DemoFiles files,
      Map<String, String> variables,
      S3Client s3,
      String bucket,
      Consumer<String> log) {
    Path bin = files.agent().getParent();
    writeWrapper(bin.resolve("kiro-worker"));
    LocalCodeBuild codeBuild =
        new LocalCodeBuild(
            files.buildspec(),
            (project, number) -> Files.createDirectories(folder.resolve("sources/" + number)),
            folder.resolve("builds"),
            Map.of(
                "${GitHubTokenSecretArn}", DemoWorld.TOKEN, "${KiroApiKeySecretArn}", KIRO_API_KEY),
            new LocalBuildRunner(image(bin), Clock.systemUTC()),
            new S3ArtifactPublisher(s3, bucket),
            log);
    Map<String, String> project = new HashMap<>(variables);
    project.put("KIRO_ALLOW_LOCAL_REMOTE", "true");
    project.put("KIRO_INSTALL_AGENT", "false");
    project.put(
        "KIRO_AGENT_COMMAND",
        Json.write(
            JsonNodeFactory.instance
                .arrayNode()
                .add(files.agent().toString())
                .add("change")
                .add("{prompt}")));
    project.put("KIRO_AGENT_PREFLIGHT", "[]");
    return new ProjectEnvironment(project, codeBuild);
  }

  /**
   * The build image's environment: this process's, without credentials (the secrets reach the build
   * only through the buildspec's references), with the wrapper first on PATH.
   */
  private static Map<String, String> image(Path bin) {
    Map<String, String> image = new HashMap<>(System.getenv());
    image.keySet().removeIf(name -> name.startsWith("AWS_"));
    image.remove("GITHUB_TOKEN");
    image.remove("KIRO_API_KEY");
    image.put("PATH", bin + ":" + System.getenv("PATH"));
    image.put("KIRO_DEMO_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    image.put("KIRO_DEMO_CLASSPATH", classPath());
    return image;
  }

  /** The jar the demo runs from, or, outside a jar (tests, an IDE), this JVM's class path. */
  static String classPath() {
    CodeSource source = KiroWorker.class.getProtectionDomain().getCodeSource();
    try {
      if (source != null && source.getLocation().getPath().endsWith(".jar")) {
        return Path.of(source.getLocation().toURI()).toString();
      }
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Cannot locate the kiro-worker jar: " + e.getMessage(), e);
    }
    return System.getProperty("java.class.path");
  }

  private static void writeWrapper(Path file) {
    try {
      Files.writeString(file, WRAPPER);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
    if (!file.toFile().setExecutable(true)) {
      throw new IllegalStateException("Cannot make " + file + " executable");
    }
  }
}
