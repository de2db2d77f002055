package dev.kiroworker.worker.build.verify;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The files of a {@code go test -json} run in the scratch folder: the captured event stream and
 * cover profile it writes, and the JUnit XML and LCOV made from them.
 */
final class GoReports {

  static final String EVENTS_FILE = "go-test.jsonl";
  static final String COVER_PROFILE = "cover.out";
  static final String JUNIT_FILE = "TEST-go.xml";
  static final String LCOV_FILE = "lcov.info";

  private GoReports() {}

  /**
   * Converts what the run left in {@code scratch}. A missing cover profile (the build failed before
   * any test ran) leaves no LCOV, which verify reports as a missing coverage report.
   *
   * @return a problem to report, empty when both conversions succeeded
   */
  static Optional<String> convert(Path scratch) {
    try {
      Path events = scratch.resolve(EVENTS_FILE);
      if (Files.isRegularFile(events)) {
        try (Reader in = Files.newBufferedReader(events, StandardCharsets.UTF_8);
            Writer out = Files.newBufferedWriter(scratch.resolve(JUNIT_FILE))) {
          GoTestReport.convert(in, out);
        }
      }
      Path profile = scratch.resolve(COVER_PROFILE);
      if (Files.isRegularFile(profile)) {
        try (Reader in = Files.newBufferedReader(profile, StandardCharsets.UTF_8);
            Writer out = Files.newBufferedWriter(scratch.resolve(LCOV_FILE))) {
          GoCoverProfile.convert(in, out);
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of("The go test output could not be converted: " + e.getMessage());
    }
  }
}
