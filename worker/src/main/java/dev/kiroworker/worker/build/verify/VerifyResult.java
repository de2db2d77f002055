package dev.kiroworker.worker.build.verify;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.handlers.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What verify found: how the test command ended, the test counts and coverage, and the gate's
 * verdict with its reasons. It becomes the {@code verify} section of {@code summary.json}.
 *
 * @param configSource where the plan came from ({@code worker.yml}, {@code detected: maven}...);
 *     null when there was no plan
 * @param command the test command as run, scrubbed; empty when there was no plan
 * @param exitCode the command's exit code; null when it did not start or was killed at its timeout
 * @param linePct line coverage in percent, rounded down; null when not measured
 * @param branchPct branch coverage in percent, rounded down; null when not measured
 * @param threshold the coverage threshold that applied
 * @param passed whether the command succeeded and the gate was met
 * @param reasons one sentence per check or problem
 * @param coverageReport the copied coverage report, relative to the output folder; null if none
 * @param junitReports the copied JUnit XML reports, relative to the output folder
 */
public record VerifyResult(
    String configSource,
    List<String> command,
    Integer exitCode,
    boolean timedOut,
    int testsTotal,
    int testsPassed,
    int testsFailed,
    int testsErrored,
    int testsSkipped,
    Double linePct,
    Double branchPct,
    int threshold,
    boolean passed,
    List<String> reasons,
    String coverageReport,
    List<String> junitReports) {

  public VerifyResult {
    command = List.copyOf(command);
    reasons = List.copyOf(reasons);
    junitReports = List.copyOf(junitReports);
  }

  /** The result of a verify that could not start: no plan, one reason. */
  public static VerifyResult notRun(String reason, int threshold) {
    Objects.requireNonNull(reason, "reason");
    return new VerifyResult(
        null,
        List.of(),
        null,
        false,
        0,
        0,
        0,
        0,
        0,
        null,
        null,
        threshold,
        false,
        List.of(reason),
        null,
        List.of());
  }

  /** {@code PASSED} or {@code FAILED}. */
  public String gate() {
    return passed ? "PASSED" : "FAILED";
  }

  /** The {@code verify} section of the build summary. */
  public ObjectNode toJson() {
    ObjectNode json = JsonMapper.shared().createObjectNode();
    json.put("configSource", configSource);
    json.put("command", String.join(" ", command));
    json.put("exitCode", exitCode);
    json.put("timedOut", timedOut);
    json.put("testsTotal", testsTotal);
    json.put("testsPassed", testsPassed);
    json.put("testsFailed", testsFailed);
    json.put("testsErrored", testsErrored);
    json.put("testsSkipped", testsSkipped);
    json.put("linePct", linePct);
    json.put("branchPct", branchPct);
    json.put("threshold", threshold);
    json.put("gate", gate());
    reasons.forEach(json.putArray("reasons")::add);
    json.put("coverageReport", coverageReport);
    ArrayNode junit = json.putArray("junitReports");
    junitReports.forEach(junit::add);
    return json;
  }

  /** One line for people: {@code 12 tests passed, line 91.2 %, branch 85.0 % (threshold 80 %)}. */
  public String oneLine() {
    List<String> parts = new ArrayList<>();
    if (testsTotal == testsPassed) {
      parts.add(tests(testsTotal) + " passed");
    } else {
      List<String> counts = new ArrayList<>();
      counts.add(testsPassed + " passed");
      addCount(counts, testsFailed, "failed");
      addCount(counts, testsErrored, "errored");
      addCount(counts, testsSkipped, "skipped");
      parts.add(tests(testsTotal) + ": " + String.join(", ", counts));
    }
    parts.add("line " + percent(linePct));
    parts.add("branch " + percent(branchPct));
    return String.join(", ", parts) + " (threshold " + threshold + " %): " + gate();
  }

  private static void addCount(List<String> counts, int count, String what) {
    if (count > 0) {
      counts.add(count + " " + what);
    }
  }

  private static String tests(int count) {
    return count + (count == 1 ? " test" : " tests");
  }

  private static String percent(Double value) {
    return value == null ? "not measured" : String.format(Locale.ROOT, "%.1f %%", value);
  }
}
