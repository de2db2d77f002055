package dev.kiroworker.handlers.coverage;

import java.io.InputStream;
import java.util.List;

/**
 * Reads Clover XML from the project-level {@code <coverage><project><metrics>} element, which
 * totals every package and file (test sources sit apart in {@code <testproject>}).
 *
 * <p>Clover counts statements and conditionals, not lines and branches. Statements stand in for
 * lines (Istanbul's Clover writer gives them the same count) and conditionals for branches: each
 * conditional is one outcome of a decision, which is what a branch counter counts too.
 */
final class CloverParser implements CoverageParser {

  private static final String ROOT = "coverage";
  private static final List<String> PROJECT_METRICS = List.of(ROOT, "project", "metrics");

  @Override
  public CoverageReport parse(InputStream in, String source) {
    var metrics = new ProjectMetrics();
    SecureXml.read(in, source, metrics);
    if (metrics.statements == null) {
      throw ReportProblem.malformed(
          source, "it has no project-level <coverage><project><metrics> element");
    }
    return new CoverageReport(CoverageFormat.CLOVER, metrics.statements, metrics.conditionals);
  }

  private static final class ProjectMetrics implements SecureXml.ElementVisitor {
    private Counter statements;
    private Counter conditionals;

    @Override
    public void start(List<String> path, XmlElement element) {
      if (path.size() == 1) {
        element.requireName(ROOT, CoverageFormat.CLOVER);
      } else if (path.equals(PROJECT_METRICS)) {
        statements = element.counter("coveredstatements", "statements");
        conditionals = element.optionalCounter("coveredconditionals", "conditionals");
      }
    }
  }
}
