package dev.kiroworker.cdk;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files the stacks deploy: the handlers' Lambda jar and the kiro-worker CLI jar (copied into
 * {@code cdk/target/assets} by the build), and the repository's {@code buildspec.yml}.
 *
 * @param handlersJar the shaded jar every Lambda function runs
 * @param workerJar the {@code kiro-worker} CLI the build installs
 * @param buildspec the repository's buildspec, inlined into the CodeBuild project
 */
public record DeploymentArtifacts(Path handlersJar, Path workerJar, Path buildspec) {

  /** The system property naming the assets folder; the pom sets it for the app and the tests. */
  public static final String ASSETS_DIR_PROPERTY = "kiro.assets.dir";

  /**
   * The artifacts as the Maven build lays them out: the jars in {@code -Dkiro.assets.dir} (else
   * {@code target/assets}, for the app started from {@code cdk/}), the buildspec at the repository
   * root above it.
   */
  public static DeploymentArtifacts fromBuild() {
    Path assets = Path.of(System.getProperty(ASSETS_DIR_PROPERTY, "target/assets"));
    Path repositoryRoot = findRepositoryRoot(assets.toAbsolutePath());
    return new DeploymentArtifacts(
        assets.resolve("handlers-lambda.jar"),
        assets.resolve("kiro-worker.jar"),
        repositoryRoot.resolve("buildspec.yml"));
  }

  public DeploymentArtifacts {
    for (Path file : new Path[] {handlersJar, workerJar, buildspec}) {
      if (!Files.isRegularFile(file)) {
        throw new IllegalStateException(
            file
                + " does not exist. Build the jars first: run `mvn -q -DskipTests install` at the"
                + " repository root, then synthesize from cdk/.");
      }
    }
  }

  private static Path findRepositoryRoot(Path from) {
    for (Path folder = from; folder != null; folder = folder.getParent()) {
      if (Files.isRegularFile(folder.resolve("buildspec.yml"))) {
        return folder;
      }
    }
    throw new IllegalStateException(
        "No buildspec.yml in " + from + " or any folder above it; run the app from cdk/.");
  }
}
