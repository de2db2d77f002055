package dev.kiroworker.worker.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The folder that collects what a build leaves behind; the buildspec uploads it as the build's
 * artifacts under {@code <environment>/<build id>/}, where ParseCoverage reads the reports.
 *
 * <pre>
 * summary.json               what each step did (see {@link BuildSummary})
 * exported-variables.env     KEY=value lines the buildspec exports for the state machine
 * diff.patch                 the branch's changes made by this build
 * logs/&lt;step&gt;.log             each step's scrubbed log
 * reports/junit/             JUnit XML test reports (names match TEST-*.xml or *junit*.xml)
 * reports/coverage/          the coverage report, under its tool's usual file name
 * </pre>
 */
public record BuildOutput(Path root) {

  public BuildOutput {
    Objects.requireNonNull(root, "root");
    root = root.toAbsolutePath().normalize();
  }

  /**
   * The output folder named by {@code KIRO_OUTPUT_DIR}, else {@code kiro-output} under CodeBuild's
   * source folder, else under the working directory.
   */
  public static BuildOutput from(BuildVariables variables) {
    return new BuildOutput(
        variables
            .optional(BuildVariables.OUTPUT_DIR)
            .map(Path::of)
            .orElseGet(
                () ->
                    Path.of(variables.orDefault(BuildVariables.CODEBUILD_SRC_DIR, "."))
                        .resolve("kiro-output")));
  }

  public Path summaryFile() {
    return root.resolve("summary.json");
  }

  public Path exportedVariablesFile() {
    return root.resolve("exported-variables.env");
  }

  public Path diffFile() {
    return root.resolve("diff.patch");
  }

  public Path logsDir() {
    return root.resolve("logs");
  }

  /** The log file of one step, such as {@code implement}. */
  public Path logFile(String step) {
    if (!step.matches("[a-z][a-z-]{0,30}")) {
      throw new IllegalArgumentException("not a step name: " + step);
    }
    return logsDir().resolve(step + ".log");
  }

  public Path junitDir() {
    return root.resolve("reports").resolve("junit");
  }

  public Path coverageDir() {
    return root.resolve("reports").resolve("coverage");
  }

  /** Creates the folder and its subfolders; returns this. */
  public BuildOutput create() {
    try {
      Files.createDirectories(logsDir());
      Files.createDirectories(junitDir());
      Files.createDirectories(coverageDir());
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the build output folder " + root, e);
    }
  }
}
