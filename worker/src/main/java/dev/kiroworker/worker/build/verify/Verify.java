package dev.kiroworker.worker.build.verify;

import dev.kiroworker.handlers.coverage.ReportLimits;
import dev.kiroworker.handlers.scrub.SecretScrubber;
import dev.kiroworker.worker.build.BuildInputException;
import dev.kiroworker.worker.build.BuildOutput;
import dev.kiroworker.worker.build.process.ProcessCommand;
import dev.kiroworker.worker.build.process.ProcessResult;
import dev.kiroworker.worker.build.process.ProcessRunner;
import dev.kiroworker.worker.build.process.ProcessStartException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs a repository's tests and judges them: plan (worker.yml or detection), run the test command
 * in the clone, collect the reports into the build output, judge them with the quality gate. The
 * reports are copied whatever the command's outcome, so a failing build still leaves them for
 * CodeBuild and ParseCoverage.
 */
public final class Verify {

  private final TestRunner runner;
  private final SecretScrubber scrubber;
  private final VerifyPlanner planner;
  private final ReportLimits limits;
  private final Consumer<String> log;

  /** Verify with tools on PATH and the handlers' default report limits. */
  public Verify(ProcessRunner runner, SecretScrubber scrubber, Consumer<String> log) {
    this(runner::run, scrubber, ProjectDetector.onPath(), ReportLimits.defaults(), log);
  }

  Verify(
      TestRunner runner,
      SecretScrubber scrubber,
      ProjectDetector detector,
      ReportLimits limits,
      Consumer<String> log) {
    this.runner = Objects.requireNonNull(runner, "runner");
    this.scrubber = Objects.requireNonNull(scrubber, "scrubber");
    this.planner = new VerifyPlanner(Objects.requireNonNull(detector, "detector"));
    this.limits = Objects.requireNonNull(limits, "limits");
    this.log = Objects.requireNonNull(log, "log");
  }

  /**
   * Verifies the clone in {@code root}, leaving its reports in {@code output}.
   *
   * @param threshold the environment's coverage threshold; the repository's worker.yml may override
   *     it
   * @throws BuildInputException when the clone is missing or its worker.yml is invalid, or no test
   *     command is configured or detected; nothing has run
   */
  public VerifyResult verify(Path root, BuildOutput output, int threshold) {
    if (!Files.isDirectory(root)) {
      throw new BuildInputException(
          "The workspace " + root + " does not exist; run kiro-worker build checkout first.");
    }
    Path scratch = createScratch();
    try {
      return verify(root, output, threshold, scratch);
    } finally {
      delete(scratch);
    }
  }

  private VerifyResult verify(Path root, BuildOutput output, int threshold, Path scratch) {
    VerifyPlan plan = planner.plan(root, scratch);
    int applied = plan.threshold() == null ? threshold : plan.threshold();
    log.accept("Test command from " + plan.source() + ": " + shown(plan.command()));
    plan.notes().forEach(log);
    List<String> reasons = new ArrayList<>();
    ProcessResult run = run(plan, root, scratch, reasons);
    if (plan.goTestJson()) {
      GoReports.convert(scratch).ifPresent(reasons::add);
    }
    ReportCollector.CollectedReports reports =
        new ReportCollector(limits, log).collect(plan, output);
    reasons.addAll(reports.problems());
    ReportJudge.Verdict verdict =
        new ReportJudge(limits).judge(reports.junit(), reports.coverage(), applied);
    List<String> allReasons = new ArrayList<>(verdict.reasons());
    allReasons.addAll(reasons);
    var gate = verdict.gate();
    return new VerifyResult(
        plan.source(),
        plan.command().stream().map(scrubber::scrub).toList(),
        run == null || run.timedOut() ? null : run.exitCode(),
        run != null && run.timedOut(),
        gate.testsTotal(),
        gate.testsPassed(),
        gate.testsFailed(),
        gate.testsErrored(),
        gate.testsSkipped(),
        gate.linePct(),
        gate.branchPct(),
        applied,
        verdict.met() && reasons.isEmpty() && run != null && run.succeeded(),
        // Report problems quote file content, which could hold a secret the tests printed.
        allReasons.stream().map(scrubber::scrub).toList(),
        reports.coverage() == null ? null : relative(output, reports.coverage()),
        reports.junit().stream().map(file -> relative(output, file)).toList());
  }

  /** Runs the test command; null, with the reason recorded, when it cannot start. */
  private ProcessResult run(VerifyPlan plan, Path root, Path scratch, List<String> reasons) {
    ProcessCommand command =
        new ProcessCommand(plan.command(), root, environment(plan), plan.timeout());
    try (GoEvents events = GoEvents.open(plan.goTestJson(), scratch)) {
      ProcessResult result =
          runner.run(
              command,
              line -> {
                log.accept(line);
                events.accept(line);
              });
      if (result.timedOut()) {
        reasons.add(
            "The test command did not finish within "
                + plan.timeout().toMinutes()
                + " minutes and was stopped; set test.timeoutMinutes in .kiro/worker.yml.");
      } else if (result.exitCode() != 0) {
        reasons.add("The test command exited with " + result.exitCode() + ".");
      }
      return result;
    } catch (ProcessStartException e) {
      reasons.add("The test command could not be started: " + e.getMessage() + ".");
      return null;
    }
  }

  /**
   * The plan's variables, with the build's secrets emptied: the tests run code the agent just
   * wrote, and they need neither the GitHub token nor the Kiro key.
   */
  private static Map<String, String> environment(VerifyPlan plan) {
    Map<String, String> environment = new LinkedHashMap<>(plan.environment());
    WorkerYml.PROTECTED_VARIABLES.forEach(name -> environment.put(name, ""));
    return environment;
  }

  private String shown(List<String> command) {
    return scrubber.scrub(String.join(" ", command));
  }

  private static String relative(BuildOutput output, Path file) {
    return output.root().relativize(file).toString();
  }

  private static Path createScratch() {
    try {
      return Files.createTempDirectory("kiro-verify-");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a temporary folder for the reports", e);
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete the temporary folder " + folder, e);
    }
  }

  /** Starts the test command; tests wrap the real runner, e.g. to shorten the timeout. */
  @FunctionalInterface
  interface TestRunner {
    ProcessResult run(ProcessCommand command, Consumer<String> lines);
  }

  /** Keeps {@code go test -json}'s event lines for the JUnit conversion; does nothing otherwise. */
  private static final class GoEvents implements AutoCloseable {
    private final BufferedWriter writer;

    private GoEvents(BufferedWriter writer) {
      this.writer = writer;
    }

    static GoEvents open(boolean wanted, Path scratch) {
      if (!wanted) {
        return new GoEvents(null);
      }
      try {
        return new GoEvents(
            Files.newBufferedWriter(
                scratch.resolve(GoReports.EVENTS_FILE), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot keep the go test output", e);
      }
    }

    synchronized void accept(String line) {
      if (writer == null) {
        return;
      }
      try {
        writer.write(line);
        writer.newLine();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot keep the go test output", e);
      }
    }

    @Override
    public synchronized void close() {
      if (writer == null) {
        return;
      }
      try {
        writer.close();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot keep the go test output", e);
      }
    }
  }
}
