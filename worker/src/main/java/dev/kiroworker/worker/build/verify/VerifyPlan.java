package dev.kiroworker.worker.build.verify;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What verify runs and where it looks afterwards, from {@code .kiro/worker.yml}, detection, or
 * both.
 *
 * @param source where the plan came from, for the summary: {@code worker.yml}, {@code detected:
 *     maven}, or {@code worker.yml, detected: maven} when the file leaves some values to detection
 * @param command the test command as an argument list; never run through a shell
 * @param timeout the test command's hard timeout
 * @param environment variables added to the test command's environment
 * @param junitReports where the JUnit XML reports are; every match is collected
 * @param coverageReports where the coverage report is, in order of preference; the first match wins
 * @param threshold the repository's own coverage threshold, or null to use the environment's
 * @param notes lines for the log explaining the plan, such as a pom that does not mention JaCoCo
 * @param goTestJson whether the command is {@code go test -json}, whose output and cover profile
 *     are turned into JUnit XML and LCOV after it ran
 */
record VerifyPlan(
    String source,
    List<String> command,
    Duration timeout,
    Map<String, String> environment,
    List<ReportPattern> junitReports,
    List<ReportPattern> coverageReports,
    Integer threshold,
    List<String> notes,
    boolean goTestJson) {

  /** The test command's timeout when the repository does not set one. */
  static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

  VerifyPlan {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(timeout, "timeout");
    command = List.copyOf(command);
    environment = Map.copyOf(environment);
    junitReports = List.copyOf(junitReports);
    coverageReports = List.copyOf(coverageReports);
    notes = List.copyOf(notes);
    if (command.isEmpty()) {
      throw new IllegalArgumentException("a plan needs a test command");
    }
  }
}
