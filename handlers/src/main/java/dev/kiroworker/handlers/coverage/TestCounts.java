package dev.kiroworker.handlers.coverage;

/**
 * What the build's test reports say about its tests.
 *
 * @param total every test case reported
 * @param passed test cases that ran and passed
 * @param failed test cases whose assertions failed
 * @param errored test cases that ended with an unexpected error
 * @param skipped test cases that did not run (skipped, disabled, todo)
 */
public record TestCounts(int total, int passed, int failed, int errored, int skipped) {

  /** No test reports, or reports without a single test case. */
  public static final TestCounts NONE = new TestCounts(0, 0, 0, 0, 0);

  public TestCounts {
    if (passed < 0 || failed < 0 || errored < 0 || skipped < 0) {
      throw new IllegalArgumentException(
          "test counts must not be negative: passed "
              + passed
              + ", failed "
              + failed
              + ", errored "
              + errored
              + ", skipped "
              + skipped);
    }
    if (total != passed + failed + errored + skipped) {
      throw new IllegalArgumentException(
          "total ("
              + total
              + ") must equal passed + failed + errored + skipped ("
              + (passed + failed + errored + skipped)
              + ")");
    }
  }

  public static TestCounts of(int passed, int failed, int errored, int skipped) {
    return new TestCounts(passed + failed + errored + skipped, passed, failed, errored, skipped);
  }

  /** Test cases that actually ran: everything but the skipped ones. */
  public int ran() {
    return total - skipped;
  }

  /** Both reports' tests together, for a build that wrote one report per test class. */
  public TestCounts plus(TestCounts other) {
    return of(
        Math.addExact(passed, other.passed),
        Math.addExact(failed, other.failed),
        Math.addExact(errored, other.errored),
        Math.addExact(skipped, other.skipped));
  }
}
