package dev.kiroworker.worker.build.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Works out how to test a repository that has no {@code .kiro/worker.yml} (or one that leaves the
 * command out), from its build files, in this order: Maven, Gradle, npm, pytest, Go. The first
 * match wins, so a Maven project with a {@code package.json} for its front end is tested by Maven.
 */
final class ProjectDetector {

  /** Build files are read only to look for a word; nothing bigger is worth reading. */
  private static final int MAX_READ_BYTES = 1024 * 1024;

  /** The ecosystems tried, in order; named in the error when none matches. */
  static final String LOOKED_FOR =
      "pom.xml (Maven), build.gradle or build.gradle.kts (Gradle), package.json with a test"
          + " script (npm), pytest.ini or pytest in pyproject.toml, setup.cfg or tox.ini or"
          + " tests/test_*.py (pytest), go.mod (Go)";

  private final UnaryOperator<String> tools;

  /**
   * A detector that runs tools by the names in {@code tools} ({@code mvn}, {@code gradle}, {@code
   * npm}, {@code python3}, {@code go} mapped to the executable to start; PATH lookup by default).
   */
  ProjectDetector(UnaryOperator<String> tools) {
    this.tools = Objects.requireNonNull(tools, "tools");
  }

  /** A detector that finds every tool on PATH. */
  static ProjectDetector onPath() {
    return new ProjectDetector(UnaryOperator.identity());
  }

  /**
   * The plan for the first ecosystem whose files are in {@code root}, or empty when none is.
   *
   * @param scratch a folder outside the repository for reports the detected command writes to a
   *     path of our choosing (pytest, Go)
   */
  Optional<VerifyPlan> detect(Path root, Path scratch) {
    if (Files.isRegularFile(root.resolve("pom.xml"))) {
      return Optional.of(maven(root));
    }
    if (Files.isRegularFile(root.resolve("build.gradle"))
        || Files.isRegularFile(root.resolve("build.gradle.kts"))) {
      return Optional.of(gradle(root));
    }
    if (hasNpmTestScript(root)) {
      return Optional.of(npm(root));
    }
    if (usesPytest(root)) {
      return Optional.of(pytest(scratch));
    }
    if (Files.isRegularFile(root.resolve("go.mod"))) {
      return Optional.of(go(scratch));
    }
    return Optional.empty();
  }

  private VerifyPlan maven(Path root) {
    List<String> notes = new ArrayList<>();
    if (!mentions(root.resolve("pom.xml"), "jacoco")) {
      notes.add(
          "pom.xml does not mention jacoco: without jacoco-maven-plugin's prepare-agent and report"
              + " goals no coverage report is written, and the gate fails.");
    }
    return plan(
        "maven",
        List.of(wrapper(root, "mvnw", "mvn"), "-B", "verify"),
        Map.of(),
        patterns(
            root,
            "target/surefire-reports/TEST-*.xml",
            "**/target/surefire-reports/TEST-*.xml",
            "target/failsafe-reports/TEST-*.xml",
            "**/target/failsafe-reports/TEST-*.xml"),
        patterns(
            root,
            // An aggregate report covers every module; one module's report covers only itself.
            "target/site/jacoco-aggregate/jacoco.xml",
            "**/target/site/jacoco-aggregate/jacoco.xml",
            "target/site/jacoco/jacoco.xml",
            "**/target/site/jacoco/jacoco.xml"),
        notes,
        false);
  }

  private VerifyPlan gradle(Path root) {
    return plan(
        "gradle",
        // A daemon would outlive the build for nothing: the job runs one build and ends.
        List.of(wrapper(root, "gradlew", "gradle"), "--no-daemon", "test", "jacocoTestReport"),
        Map.of(),
        patterns(root, "build/test-results/test/*.xml", "**/build/test-results/test/*.xml"),
        patterns(
            root,
            "build/reports/jacoco/test/jacocoTestReport.xml",
            "**/build/reports/jacoco/test/jacocoTestReport.xml"),
        List.of(),
        false);
  }

  private VerifyPlan npm(Path root) {
    return plan(
        "npm",
        List.of(tools.apply("npm"), "test"),
        // The update check would reach the registry in the middle of a test run.
        Map.of("NPM_CONFIG_UPDATE_NOTIFIER", "false"),
        patterns(root, "*junit*.xml", "**/*junit*.xml", "reports/**.xml", "test-results/**.xml"),
        patterns(
            root,
            "coverage/lcov.info",
            "coverage/cobertura-coverage.xml",
            "coverage/coverage-summary.json",
            "coverage/clover.xml"),
        List.of(),
        false);
  }

  private VerifyPlan pytest(Path scratch) {
    Path junit = scratch.resolve("TEST-pytest.xml");
    Path coverage = scratch.resolve("coverage.xml");
    return plan(
        "pytest",
        List.of(
            tools.apply("python3"),
            "-m",
            "pytest",
            "--junitxml=" + junit,
            "--cov",
            "--cov-branch",
            "--cov-report=xml:" + coverage),
        Map.of(),
        patterns(scratch, junit.getFileName().toString()),
        patterns(scratch, coverage.getFileName().toString()),
        List.of("pytest-cov must be installed for the coverage options."),
        false);
  }

  private VerifyPlan go(Path scratch) {
    return plan(
        "go",
        List.of(
            tools.apply("go"),
            "test",
            "-json",
            "-coverprofile=" + scratch.resolve(GoReports.COVER_PROFILE),
            "./..."),
        Map.of(),
        patterns(scratch, GoReports.JUNIT_FILE),
        patterns(scratch, GoReports.LCOV_FILE),
        List.of(),
        true);
  }

  private static VerifyPlan plan(
      String name,
      List<String> command,
      Map<String, String> environment,
      List<ReportPattern> junit,
      List<ReportPattern> coverage,
      List<String> notes,
      boolean goTestJson) {
    return new VerifyPlan(
        "detected: " + name,
        command,
        VerifyPlan.DEFAULT_TIMEOUT,
        environment,
        junit,
        coverage,
        null,
        notes,
        goTestJson);
  }

  /** The project's own wrapper script when it has an executable one, else the tool itself. */
  private String wrapper(Path root, String script, String tool) {
    Path wrapper = root.resolve(script);
    return Files.isRegularFile(wrapper) && Files.isExecutable(wrapper)
        ? wrapper.toString()
        : tools.apply(tool);
  }

  private static List<ReportPattern> patterns(Path base, String... globs) {
    return Stream.of(globs).map(glob -> ReportPattern.of(base, glob)).toList();
  }

  private static boolean hasNpmTestScript(Path root) {
    Path packageJson = root.resolve("package.json");
    if (!Files.isRegularFile(packageJson)) {
      return false;
    }
    try {
      JsonNode scripts = JsonMapper.shared().readTree(read(packageJson)).path("scripts");
      return scripts.path("test").isTextual() && !scripts.path("test").asText().isBlank();
    } catch (IOException e) {
      // Not valid JSON: npm could not run it either, so it is not an npm project we can test.
      return false;
    }
  }

  private static boolean usesPytest(Path root) {
    if (Files.isRegularFile(root.resolve("pytest.ini"))) {
      return true;
    }
    for (String file : List.of("pyproject.toml", "setup.cfg", "tox.ini")) {
      if (mentions(root.resolve(file), "pytest")) {
        return true;
      }
    }
    return !ReportPattern.of(root, "tests/test_*.py").find().isEmpty();
  }

  private static boolean mentions(Path file, String word) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try {
      return read(file).contains(word);
    } catch (IOException e) {
      return false;
    }
  }

  private static String read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new String(in.readNBytes(MAX_READ_BYTES), StandardCharsets.UTF_8);
    }
  }
}
