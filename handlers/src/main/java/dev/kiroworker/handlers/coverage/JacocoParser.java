package dev.kiroworker.handlers.coverage;

import java.io.InputStream;
import java.util.List;

/**
 * Reads JaCoCo XML. Only the {@code <counter>} elements directly under {@code <report>} are read:
 * they already total every group, package, class and method, so adding the nested counters would
 * count each line several times.
 *
 * <p>JaCoCo leaves out a counter whose total is zero, so a missing BRANCH counter means the code
 * has no branches (an empty counter), not that branches were not measured.
 */
final class JacocoParser implements CoverageParser {

  private static final String ROOT = "report";

  @Override
  public CoverageReport parse(InputStream in, String source) {
    var totals = new ReportTotals();
    SecureXml.read(in, source, totals);
    return new CoverageReport(CoverageFormat.JACOCO, totals.lines, totals.branches);
  }

  private static final class ReportTotals implements SecureXml.ElementVisitor {
    private Counter lines = Counter.EMPTY;
    private Counter branches = Counter.EMPTY;

    @Override
    public void start(List<String> path, XmlElement element) {
      if (path.size() == 1) {
        element.requireName(ROOT, CoverageFormat.JACOCO);
      } else if (path.size() == 2 && "counter".equals(element.name())) {
        readCounter(element);
      }
    }

    private void readCounter(XmlElement counter) {
      String type = counter.attribute("type");
      if (!"LINE".equals(type) && !"BRANCH".equals(type)) {
        return;
      }
      long missed = counter.count("missed");
      long covered = counter.count("covered");
      Counter value = Counter.of(covered, Math.addExact(covered, missed));
      if ("LINE".equals(type)) {
        lines = value;
      } else {
        branches = value;
      }
    }
  }
}
