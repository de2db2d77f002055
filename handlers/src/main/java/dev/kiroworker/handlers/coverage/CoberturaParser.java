package dev.kiroworker.handlers.coverage;

import java.io.InputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Cobertura XML (as written by Cobertura, coverage.py, Istanbul, gcovr, Coverlet).
 *
 * <p>The root's absolute counts ({@code lines-covered}/{@code lines-valid}, {@code
 * branches-covered}/{@code branches-valid}) are used when present. Writers that give only the rates
 * are read by counting the {@code <line>} elements of each class instead, since a rate without its
 * denominator cannot be summed or compared exactly. Lines repeated under {@code <methods>} are not
 * counted again.
 */
final class CoberturaParser implements CoverageParser {

  private static final String ROOT = "coverage";
  private static final List<String> CLASS_LINE =
      List.of(ROOT, "packages", "package", "classes", "class", "lines", "line");
  // condition-coverage="50% (1/2)": the covered and total conditions of a branching line.
  private static final Pattern CONDITIONS = Pattern.compile("\\((\\d+)/(\\d+)\\)");

  @Override
  public CoverageReport parse(InputStream in, String source) {
    var totals = new Totals();
    SecureXml.read(in, source, totals);
    Counter lines = totals.declaredLines != null ? totals.declaredLines : totals.countedLines;
    Counter branches =
        totals.declaredBranches != null
            ? totals.declaredBranches
            : totals.rootHasBranchRate ? totals.countedBranches : null;
    return new CoverageReport(CoverageFormat.COBERTURA, lines, branches);
  }

  private static final class Totals implements SecureXml.ElementVisitor {
    private Counter declaredLines;
    private Counter declaredBranches;
    private boolean rootHasBranchRate;
    private Counter countedLines = Counter.EMPTY;
    private Counter countedBranches = Counter.EMPTY;

    @Override
    public void start(List<String> path, XmlElement element) {
      if (path.size() == 1) {
        element.requireName(ROOT, CoverageFormat.COBERTURA);
        declaredLines = element.optionalCounter("lines-covered", "lines-valid");
        declaredBranches = element.optionalCounter("branches-covered", "branches-valid");
        rootHasBranchRate = element.has("branch-rate");
      } else if (path.equals(CLASS_LINE) && declaredLines == null) {
        countLine(element);
      }
    }

    private void countLine(XmlElement line) {
      long hits = line.count("hits");
      countedLines = countedLines.plus(Counter.of(hits > 0 ? 1 : 0, 1));
      String conditions = line.attribute("condition-coverage");
      if (conditions != null && "true".equals(line.attribute("branch"))) {
        countedBranches = countedBranches.plus(conditions(line, conditions));
      }
    }

    private static Counter conditions(XmlElement line, String text) {
      Matcher matcher = CONDITIONS.matcher(text);
      try {
        if (matcher.find()) {
          long covered = Long.parseLong(matcher.group(1));
          long total = Long.parseLong(matcher.group(2));
          if (covered <= total) {
            return Counter.of(covered, total);
          }
        }
      } catch (NumberFormatException e) {
        // digits too many for a count: reported below like any other malformed value
      }
      throw ReportProblem.malformed(
          line.source(),
          "<line> at line "
              + line.line()
              + " has condition-coverage=\""
              + Excerpt.of(text)
              + "\", which is not of the form \"50% (1/2)\"");
    }
  }
}
