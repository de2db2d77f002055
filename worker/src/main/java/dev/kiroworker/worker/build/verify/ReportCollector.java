package dev.kiroworker.worker.build.verify;

import dev.kiroworker.handlers.coverage.CoverageFormat;
import dev.kiroworker.handlers.coverage.CoverageReportReader;
import dev.kiroworker.handlers.coverage.ReportLimits;
import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.worker.build.BuildOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Copies a test run's reports into the build output, where CodeBuild's report groups and the
 * ParseCoverage Lambda read them: JUnit XML into {@code reports/junit/} under names the Lambda
 * picks up ({@code TEST-*.xml} or {@code *junit*.xml}), the coverage report into {@code
 * reports/coverage/} under the name of its format.
 *
 * <p>A report is refused, with a problem saying why, when it is a link leading out of its folder,
 * not a regular file, or over the size limit; a coverage report also when its content is no
 * coverage format. Whatever can be copied still is.
 */
final class ReportCollector {

  /** Coverage report names the Lambda looks for; such files are never taken for JUnit reports. */
  private static final Set<String> COVERAGE_NAMES =
      Set.of(
          "jacoco.xml",
          "cobertura.xml",
          "coverage.xml",
          "cobertura-coverage.xml",
          "lcov.info",
          "coverage-summary.json",
          "clover.xml");

  private final ReportLimits limits;
  private final Consumer<String> log;

  ReportCollector(ReportLimits limits, Consumer<String> log) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.log = Objects.requireNonNull(log, "log");
  }

  /** Copies the reports {@code plan} points at into {@code output}. */
  CollectedReports collect(VerifyPlan plan, BuildOutput output) {
    output.create();
    List<String> problems = new ArrayList<>();
    List<Path> junit = collectJunit(plan.junitReports(), output.junitDir(), problems);
    Path coverage = collectCoverage(plan.coverageReports(), output.coverageDir(), problems);
    return new CollectedReports(junit, coverage, problems);
  }

  private List<Path> collectJunit(
      List<ReportPattern> patterns, Path target, List<String> problems) {
    List<Path> copied = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    Set<String> names = new HashSet<>();
    boolean matched = false;
    for (ReportPattern pattern : patterns) {
      for (Path file : pattern.find()) {
        String relative = pattern.base().relativize(file).toString();
        if (COVERAGE_NAMES.contains(file.getFileName().toString())) {
          continue;
        }
        matched = true;
        Path real = acceptable(pattern.base(), file, relative, "JUnit XML report", problems);
        if (real != null && seen.add(real)) {
          Path copy = target.resolve(unique(junitName(relative), names));
          copy(real, copy);
          copied.add(copy);
        }
      }
    }
    if (!matched) {
      problems.add("No JUnit XML report was found; looked for " + listed(patterns) + ".");
    }
    return copied;
  }

  private Path collectCoverage(List<ReportPattern> patterns, Path target, List<String> problems) {
    for (ReportPattern pattern : patterns) {
      List<Path> found = pattern.find();
      if (found.isEmpty()) {
        continue;
      }
      Path file = found.getFirst();
      String relative = pattern.base().relativize(file).toString();
      if (found.size() > 1) {
        log.accept(
            found.size()
                + " coverage reports match "
                + pattern.glob()
                + "; using "
                + relative
                + ". An aggregate report would cover the whole project.");
      }
      Path real = acceptable(pattern.base(), file, relative, "coverage report", problems);
      if (real == null) {
        return null;
      }
      CoverageFormat format;
      try (InputStream in = Files.newInputStream(real)) {
        format = new CoverageReportReader(limits).detect(relative, in);
      } catch (PermanentException e) {
        problems.add(e.getMessage());
        return null;
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the coverage report " + relative, e);
      }
      // Named after its format, whatever the tool called it: the buildspec's coverage report
      // groups each pick one name, and CodeBuild needs the format of each group up front.
      Path copy = target.resolve(nameFor(format));
      copy(real, copy);
      return copy;
    }
    problems.add("No coverage report was found; looked for " + listed(patterns) + ".");
    return null;
  }

  /** The file's real path when it may be copied; null, with the problem recorded, when not. */
  private Path acceptable(
      Path base, Path file, String relative, String what, List<String> problems) {
    if (!RepoPath.isFileInside(base, file)) {
      problems.add(
          "The "
              + what
              + " "
              + relative
              + " is not a regular file inside the repository (a link out of it?); not copied.");
      return null;
    }
    try {
      Path real = file.toRealPath();
      long size = Files.size(real);
      if (size > limits.maxBytes()) {
        problems.add(
            "The "
                + what
                + " "
                + relative
                + " is "
                + size
                + " bytes, over the "
                + limits.maxBytes()
                + "-byte limit for reports; not copied.");
        return null;
      }
      return real;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the " + what + " " + relative, e);
    }
  }

  /** A name the Lambda's reader picks up: kept when it already is one, else made from the path. */
  static String junitName(String relative) {
    String name = Path.of(relative).getFileName().toString();
    if (name.endsWith(".xml")
        && (name.startsWith("TEST-") || name.toLowerCase(Locale.ROOT).contains("junit"))) {
      return name;
    }
    String stem =
        relative.endsWith(".xml") ? relative.substring(0, relative.length() - 4) : relative;
    return "TEST-" + stem.replace('/', '.').replaceAll("[^A-Za-z0-9._-]", "_") + ".xml";
  }

  /** {@code name}, or {@code name} with {@code -2}, {@code -3}... before {@code .xml}. */
  private static String unique(String name, Set<String> used) {
    String candidate = name;
    String stem = name.substring(0, name.length() - ".xml".length());
    for (int n = 2; !used.add(candidate); n++) {
      candidate = stem + "-" + n + ".xml";
    }
    return candidate;
  }

  /** The file name the buildspec's report group for {@code format} expects. */
  static String nameFor(CoverageFormat format) {
    return switch (format) {
      case JACOCO -> "jacoco.xml";
      case COBERTURA -> "cobertura.xml";
      case LCOV -> "lcov.info";
      case ISTANBUL_SUMMARY -> "coverage-summary.json";
      case CLOVER -> "clover.xml";
    };
  }

  private static void copy(Path from, Path to) {
    try {
      Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot copy the report " + from + " to " + to, e);
    }
  }

  private static String listed(List<ReportPattern> patterns) {
    return String.join(", ", patterns.stream().map(ReportPattern::glob).toList());
  }

  /**
   * What was copied.
   *
   * @param junit the copied JUnit XML files, in the output folder
   * @param coverage the copied coverage report, or null when there is none
   * @param problems one sentence per report that is missing or was refused
   */
  record CollectedReports(List<Path> junit, Path coverage, List<String> problems) {}
}
