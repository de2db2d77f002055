package dev.kiroworker.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * The harness's settings, read in one place: system property, then environment variable, then a
 * default.
 *
 * @param repositoryRoot the repository checkout, the folder that holds {@code test-fixtures/}
 * @param nodeExecutable the Node.js 20+ executable that runs the emulators
 */
public record HarnessSettings(Path repositoryRoot, String nodeExecutable) {

  static final String ROOT_PROPERTY = "kiro.repo.root";
  static final String ROOT_VARIABLE = "KIRO_REPO_ROOT";
  static final String NODE_PROPERTY = "kiro.node";
  static final String NODE_VARIABLE = "KIRO_NODE";
  private static final String FIXTURES_FOLDER = "test-fixtures";

  public HarnessSettings {
    if (!Files.isDirectory(repositoryRoot.resolve(FIXTURES_FOLDER))) {
      throw new IllegalArgumentException(
          repositoryRoot
              + " is not the kiro-worker repository: it has no "
              + FIXTURES_FOLDER
              + "/ folder. Set -D"
              + ROOT_PROPERTY
              + " to the repository checkout.");
    }
    if (nodeExecutable.isBlank()) {
      throw new IllegalArgumentException("the Node.js executable must not be blank");
    }
  }

  /** Settings of this JVM: Maven's Surefire sets {@code kiro.repo.root} for every module. */
  public static HarnessSettings fromEnvironment() {
    return resolve(System::getProperty, System::getenv, Path.of("").toAbsolutePath());
  }

  static HarnessSettings resolve(
      UnaryOperator<String> properties, UnaryOperator<String> environment, Path workingDirectory) {
    String configuredRoot =
        firstPresent(properties.apply(ROOT_PROPERTY), environment.apply(ROOT_VARIABLE));
    Path root =
        configuredRoot != null
            ? Path.of(configuredRoot).toAbsolutePath().normalize()
            : findRootAbove(workingDirectory);
    String node = firstPresent(properties.apply(NODE_PROPERTY), environment.apply(NODE_VARIABLE));
    return new HarnessSettings(root, node != null ? node : "node");
  }

  /** The folder with the Node tools' package.json and launcher scripts. */
  public Path nodeTools() {
    return repositoryRoot.resolve(FIXTURES_FOLDER).resolve("node-tools");
  }

  /** The folder with recorded GitHub API response shapes. */
  public Path gitHubFixtures() {
    return repositoryRoot.resolve(FIXTURES_FOLDER).resolve("github");
  }

  private static Path findRootAbove(Path workingDirectory) {
    for (Path folder = workingDirectory; folder != null; folder = folder.getParent()) {
      if (Files.isDirectory(folder.resolve(FIXTURES_FOLDER))) {
        return folder;
      }
    }
    throw new IllegalStateException(
        "Cannot find the kiro-worker repository (a folder holding "
            + FIXTURES_FOLDER
            + "/) at or above "
            + workingDirectory
            + ". Run the tests through Maven, or set -D"
            + ROOT_PROPERTY
            + "=<repository checkout>.");
  }

  private static String firstPresent(String first, String second) {
    if (first != null && !first.isBlank()) {
      return first;
    }
    return second != null && !second.isBlank() ? second : null;
  }
}
