package dev.kiroworker.worker.build.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VerifyResultTest {

  @Test
  void oneLine_ofPassingRun_countsTestsAndCoverage() {
    VerifyResult result = result(12, 12, 0, 0, 0, 91.2, 85.0, true);

    assertThat(result.oneLine())
        .isEqualTo("12 tests passed, line 91.2 %, branch 85.0 % (threshold 80 %): PASSED");
  }

  @Test
  void oneLine_ofFailingRun_listsEveryNonZeroCount() {
    VerifyResult result = result(9, 5, 2, 1, 1, 70.0, null, false);

    assertThat(result.oneLine())
        .isEqualTo(
            "9 tests: 5 passed, 2 failed, 1 errored, 1 skipped, line 70.0 %, branch not measured"
                + " (threshold 80 %): FAILED");
  }

  @Test
  void notRun_isAFailedGateWithItsReasonAndNoFigures() {
    VerifyResult result = VerifyResult.notRun("bad worker.yml", 75);

    assertThat(result.oneLine())
        .isEqualTo(
            "0 tests passed, line not measured, branch not measured (threshold 75 %): FAILED");
    assertThat(result.toJson().toString())
        .isEqualTo(
            "{\"configSource\":null,\"command\":\"\",\"exitCode\":null,\"timedOut\":false,"
                + "\"testsTotal\":0,\"testsPassed\":0,\"testsFailed\":0,\"testsErrored\":0,"
                + "\"testsSkipped\":0,\"linePct\":null,\"branchPct\":null,\"threshold\":75,"
                + "\"gate\":\"FAILED\",\"reasons\":[\"bad worker.yml\"],\"coverageReport\":null,"
                + "\"junitReports\":[]}");
  }

  @Test
  void oneLine_ofOneTest_isSingular() {
    assertThat(result(1, 1, 0, 0, 0, 100.0, 100.0, true).oneLine()).startsWith("1 test passed,");
  }

  private static VerifyResult result(
      int total,
      int passed,
      int failed,
      int errored,
      int skipped,
      Double line,
      Double branch,
      boolean ok) {
    return new VerifyResult(
        "worker.yml",
        List.of("make", "test"),
        0,
        false,
        total,
        passed,
        failed,
        errored,
        skipped,
        line,
        branch,
        80,
        ok,
        List.of("reason"),
        "reports/coverage/lcov.info",
        List.of("reports/junit/junit.xml"));
  }
}
