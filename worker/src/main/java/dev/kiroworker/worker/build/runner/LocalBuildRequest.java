package dev.kiroworker.worker.build.runner;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One local build: the buildspec, the source folder ({@code CODEBUILD_SRC_DIR}, where commands
 * start), an output folder that does not exist yet or is empty, StartBuild's environment overrides,
 * the secrets (reference to value), the overall timeout and where log lines go.
 */
public record LocalBuildRequest(
    Buildspec buildspec,
    Path sourceDirectory,
    Path outputDirectory,
    String projectName,
    long buildNumber,
    List<EnvironmentOverride> overrides,
    Map<String, String> secrets,
    Duration timeout,
    Consumer<String> log) {

  /** CodeBuild's default build timeout. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(60);

  public LocalBuildRequest {
    Objects.requireNonNull(buildspec, "buildspec");
    Objects.requireNonNull(sourceDirectory, "sourceDirectory");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    Objects.requireNonNull(projectName, "projectName");
    overrides = List.copyOf(overrides);
    secrets = Map.copyOf(secrets);
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(log, "log");
    if (!BuildIdentity.PROJECT_NAME.matcher(projectName).matches()) {
      throw new BuildspecException(
          "the project name '"
              + projectName
              + "' is not valid: 2 to 255 letters, digits, '-' or '_', starting with a letter or"
              + " digit");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new BuildspecException("the build timeout must be positive, was " + timeout);
    }
    if (buildNumber < 1) {
      throw new BuildspecException("the build number must be 1 or more, was " + buildNumber);
    }
  }

  /** A builder for the buildspec in {@code file}, parsed and validated now. */
  public static Builder builder(Path buildspecFile, Path sourceDirectory, Path outputDirectory) {
    return new Builder(BuildspecParser.parse(buildspecFile), sourceDirectory, outputDirectory);
  }

  /** A builder for an already parsed buildspec. */
  public static Builder builder(Buildspec buildspec, Path sourceDirectory, Path outputDirectory) {
    return new Builder(buildspec, sourceDirectory, outputDirectory);
  }

  /** Builds a {@link LocalBuildRequest}; project {@code local}, no overrides, 60 minutes. */
  public static final class Builder {
    private final Buildspec buildspec;
    private final Path sourceDirectory;
    private final Path outputDirectory;
    private String projectName = "local";
    private long buildNumber = 1;
    private final List<EnvironmentOverride> overrides = new ArrayList<>();
    private Map<String, String> secrets = Map.of();
    private Duration timeout = DEFAULT_TIMEOUT;
    private Consumer<String> log = line -> {};

    private Builder(Buildspec buildspec, Path sourceDirectory, Path outputDirectory) {
      this.buildspec = buildspec;
      this.sourceDirectory = sourceDirectory;
      this.outputDirectory = outputDirectory;
    }

    public Builder projectName(String projectName) {
      this.projectName = projectName;
      return this;
    }

    public Builder buildNumber(long buildNumber) {
      this.buildNumber = buildNumber;
      return this;
    }

    public Builder override(EnvironmentOverride override) {
      overrides.add(override);
      return this;
    }

    public Builder overrides(List<EnvironmentOverride> overrides) {
      this.overrides.addAll(overrides);
      return this;
    }

    public Builder secrets(Map<String, String> secrets) {
      this.secrets = secrets;
      return this;
    }

    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    public Builder log(Consumer<String> log) {
      this.log = log;
      return this;
    }

    public LocalBuildRequest build() {
      return new LocalBuildRequest(
          buildspec,
          sourceDirectory,
          outputDirectory,
          projectName,
          buildNumber,
          overrides,
          secrets,
          timeout,
          log);
    }
  }
}
