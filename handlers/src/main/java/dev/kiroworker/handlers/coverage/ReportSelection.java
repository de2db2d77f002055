package dev.kiroworker.handlers.coverage;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Picks, from a listing of a build's report folder, the coverage report and the JUnit XML reports,
 * by file name; content decides the coverage format afterwards.
 */
final class ReportSelection {

  /** Coverage report names in order of preference: the first one present is read. */
  static final List<String> COVERAGE_NAMES =
      List.of(
          "jacoco.xml",
          "cobertura.xml",
          "coverage.xml",
          "cobertura-coverage.xml",
          "lcov.info",
          "coverage-summary.json",
          "clover.xml");

  /** Extensions worth opening when no known name is present, looked at in listing order. */
  private static final List<String> CANDIDATE_EXTENSIONS =
      List.of(".xml", ".json", ".info", ".lcov");

  /**
   * Folders nearest the prefix first, then by key, so the choice never depends on listing order.
   */
  private static final Comparator<S3Object> NEAREST_FIRST =
      Comparator.comparingLong((S3Object object) -> depth(object.key()))
          .thenComparing(S3Object::key);

  private ReportSelection() {}

  /** The best-named coverage report, if any object has a known name. */
  static Optional<S3Object> namedCoverageReport(List<S3Object> objects) {
    for (String name : COVERAGE_NAMES) {
      Optional<S3Object> found =
          objects.stream().filter(o -> fileName(o.key()).equals(name)).min(NEAREST_FIRST);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** Objects that might be a coverage report under another name, nearest first. */
  static List<S3Object> detectionCandidates(List<S3Object> objects) {
    return objects.stream()
        .filter(o -> o.size() != null && o.size() > 0)
        .filter(o -> CANDIDATE_EXTENSIONS.stream().anyMatch(lowerFileName(o.key())::endsWith))
        .filter(o -> !isTestReport(o.key()))
        .sorted(NEAREST_FIRST)
        .toList();
  }

  /** The JUnit XML reports: {@code TEST-*.xml} (Surefire, Gradle) and {@code *junit*.xml}. */
  static List<S3Object> testReports(List<S3Object> objects) {
    return objects.stream().filter(o -> isTestReport(o.key())).sorted(NEAREST_FIRST).toList();
  }

  static boolean isTestReport(String key) {
    String name = fileName(key);
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".xml") && (name.startsWith("TEST-") || lower.contains("junit"));
  }

  private static String fileName(String key) {
    return key.substring(key.lastIndexOf('/') + 1);
  }

  private static String lowerFileName(String key) {
    return fileName(key).toLowerCase(Locale.ROOT);
  }

  private static long depth(String key) {
    return key.chars().filter(c -> c == '/').count();
  }
}
