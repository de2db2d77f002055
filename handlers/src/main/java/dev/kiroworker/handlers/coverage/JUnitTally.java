package dev.kiroworker.handlers.coverage;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Counts the test cases of one JUnit XML document as the parser streams past them. */
final class JUnitTally implements SecureXml.ElementVisitor {

  private enum Outcome {
    PASSED,
    SKIPPED,
    FAILED,
    ERRORED
  }

  private final String source;
  private final Deque<Suite> suites = new ArrayDeque<>();
  private TestCounts counts = TestCounts.NONE;
  private Outcome testCase;

  JUnitTally(String source) {
    this.source = source;
  }

  TestCounts counts() {
    return counts;
  }

  @Override
  public void start(List<String> path, XmlElement element) {
    String name = element.name();
    if (path.size() == 1 && !name.equals("testsuite") && !name.equals("testsuites")) {
      throw ReportProblem.malformed(
          source,
          "its root element is <"
              + Excerpt.of(name)
              + ">, but a JUnit XML report starts with <testsuite> or <testsuites>");
    }
    switch (name) {
      case "testsuite" -> {
        markParentSuiteHasChildren();
        suites.push(new Suite(element));
      }
      case "testcase" -> {
        markParentSuiteHasChildren();
        testCase = Outcome.PASSED;
      }
      case "error" -> worsen(path, Outcome.ERRORED);
      case "failure" -> worsen(path, Outcome.FAILED);
      case "skipped" -> worsen(path, Outcome.SKIPPED);
      default -> {
        // properties, system-out, Surefire's flakyFailure/rerunFailure and the like
      }
    }
  }

  @Override
  public void end(List<String> path) {
    String name = path.getLast();
    if (name.equals("testcase") && testCase != null) {
      counts = counts.plus(count(testCase));
      testCase = null;
    } else if (name.equals("testsuite")) {
      Suite suite = suites.pop();
      if (!suite.hasChildren) {
        counts = counts.plus(suite.declared());
      }
    }
  }

  // Only a direct child of <testcase> decides its outcome; the worst one wins.
  private void worsen(List<String> path, Outcome outcome) {
    boolean inTestCase = path.size() >= 2 && path.get(path.size() - 2).equals("testcase");
    if (inTestCase && testCase != null && outcome.compareTo(testCase) > 0) {
      testCase = outcome;
    }
  }

  private void markParentSuiteHasChildren() {
    if (!suites.isEmpty()) {
      suites.peek().hasChildren = true;
    }
  }

  private static TestCounts count(Outcome outcome) {
    return switch (outcome) {
      case PASSED -> TestCounts.of(1, 0, 0, 0);
      case FAILED -> TestCounts.of(0, 1, 0, 0);
      case ERRORED -> TestCounts.of(0, 0, 1, 0);
      case SKIPPED -> TestCounts.of(0, 0, 0, 1);
    };
  }

  /** A suite being read: its declared totals, used only if it turns out to list no test cases. */
  private static final class Suite {
    private final long tests;
    private final long failures;
    private final long errors;
    private final long skipped;
    private final String source;
    private final int line;
    private boolean hasChildren;

    Suite(XmlElement element) {
      tests = element.optionalCount("tests").orElse(0);
      failures = element.optionalCount("failures").orElse(0);
      errors = element.optionalCount("errors").orElse(0);
      skipped =
          element.optionalCount("skipped").orElse(element.optionalCount("disabled").orElse(0));
      source = element.source();
      line = element.line();
    }

    TestCounts declared() {
      long passed =
          Math.subtractExact(tests, Math.addExact(Math.addExact(failures, errors), skipped));
      if (passed < 0 || tests > Integer.MAX_VALUE) {
        throw ReportProblem.malformed(
            source,
            "<testsuite> at line "
                + line
                + " declares "
                + tests
                + " tests, which does not cover its "
                + failures
                + " failures, "
                + errors
                + " errors and "
                + skipped
                + " skipped, or is more than can be counted");
      }
      return TestCounts.of((int) passed, (int) failures, (int) errors, (int) skipped);
    }
  }
}
