package dev.kiroworker.worker.local;

import dev.kiroworker.statemachine.tasks.BuildRunner;
import dev.kiroworker.worker.KiroWorker;
import dev.kiroworker.worker.build.runner.LocalBuildRunner;
import dev.kiroworker.worker.build.runner.LocalCodeBuild;
import dev.kiroworker.worker.build.runner.S3ArtifactPublisher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The CodeBuild project of a local run: the buildspec run by the local build runner in folders
 * under one root, with {@code kiro-worker} on the build's PATH meaning this same program and the
 * artifacts uploaded to S3. Like the real project, its own variables come before the workflow's
 * overrides.
 */
public final class LocalBuildProject {

  // The wrapper pastes no path into shell text: it reads them from the build's environment.
  private static final String WRAPPER =
      """
      #!/bin/sh
      # kiro-worker for a local build: the program running the workflow, found through variables.
      exec "$KIRO_WORKER_JAVA" -cp "$KIRO_WORKER_CLASSPATH" dev.kiroworker.worker.KiroWorker "$@"
      """;

  /** Credentials the build gets only through the buildspec's secret references, never inherited. */
  private static final String[] WITHHELD = {"GITHUB_TOKEN", "KIRO_API_KEY"};

  private final Path folder;
  private Path buildspec;
  private Map<String, String> environment = Map.of();
  private Map<String, String> secrets = Map.of();
  private Map<String, String> variables = Map.of();
  private S3Client s3;
  private String bucket;
  private Consumer<String> log = line -> {};

  private LocalBuildProject(Path folder) {
    this.folder = folder;
  }

  /**
   * A project working in {@code folder}: {@code bin/} gets the wrapper, {@code sources/} and {@code
   * builds/} each build's folders.
   */
  public static LocalBuildProject in(Path folder) {
    return new LocalBuildProject(Objects.requireNonNull(folder, "folder"));
  }

  public LocalBuildProject buildspec(Path buildspec) {
    this.buildspec = buildspec;
    return this;
  }

  /** The machine's environment the build image starts from (PATH, HOME, ...). */
  public LocalBuildProject environment(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
    return this;
  }

  /** Values for the buildspec's secret references, e.g. {@code ${GitHubTokenSecretArn}}. */
  public LocalBuildProject secrets(Map<String, String> secrets) {
    this.secrets = Map.copyOf(secrets);
    return this;
  }

  /** The project's own environment variables, which the workflow's overrides still beat. */
  public LocalBuildProject variables(Map<String, String> variables) {
    this.variables = Map.copyOf(variables);
    return this;
  }

  public LocalBuildProject artifacts(S3Client s3, String bucket) {
    this.s3 = s3;
    this.bucket = bucket;
    return this;
  }

  /** Where each line of the build log goes, scrubbed. */
  public LocalBuildProject log(Consumer<String> log) {
    this.log = log;
    return this;
  }

  /** Writes the wrapper and returns the project, ready to serve {@code startBuild.sync}. */
  public BuildRunner build() {
    Objects.requireNonNull(buildspec, "buildspec");
    Objects.requireNonNull(s3, "artifacts s3");
    Objects.requireNonNull(bucket, "artifacts bucket");
    Path bin = folder.resolve("bin");
    writeWrapper(bin.resolve("kiro-worker"));
    LocalCodeBuild codeBuild =
        new LocalCodeBuild(
            buildspec,
            (project, number) -> Files.createDirectories(folder.resolve("sources/" + number)),
            folder.resolve("builds"),
            secrets,
            new LocalBuildRunner(image(bin), Clock.systemUTC()),
            new S3ArtifactPublisher(s3, bucket),
            log);
    return new ProjectEnvironment(variables, codeBuild);
  }

  /**
   * The build image's environment: the machine's, without credentials (the secrets reach the build
   * only through the buildspec's references), with the wrapper first on PATH.
   */
  private Map<String, String> image(Path bin) {
    Map<String, String> image = new HashMap<>(environment);
    image.keySet().removeIf(name -> name.startsWith("AWS_"));
    for (String name : WITHHELD) {
      image.remove(name);
    }
    String path = environment.get("PATH");
    image.put("PATH", path == null || path.isEmpty() ? bin.toString() : bin + ":" + path);
    image.put(
        "KIRO_WORKER_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    image.put("KIRO_WORKER_CLASSPATH", classPath());
    return image;
  }

  /** The jar this program runs from, or, outside a jar (tests, an IDE), this JVM's class path. */
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
      Files.createDirectories(file.getParent());
      Files.writeString(file, WRAPPER);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
    if (!file.toFile().setExecutable(true)) {
      throw new IllegalStateException("Cannot make " + file + " executable");
    }
  }
}
