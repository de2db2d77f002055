package dev.kiroworker.worker.demo;

import dev.kiroworker.statemachine.ExecutionStatus;
import dev.kiroworker.worker.demo.github.DemoWorld;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The situations the demo can show, each set up the way it would arise for real (a test that fails,
 * code the tests do not cover, a spec without tasks, a lock someone else holds, an agent that stops
 * early) and each expected to end as docs/workflow.md's "The paths" says.
 */
public enum DemoScenario {
  HAPPY(
      "happy",
      "a ready pull request is implemented, tested, pushed and moved to In Review",
      "Done",
      ExecutionStatus.SUCCEEDED,
      DemoWorld::defaultScenario,
      sample -> {},
      Map.of(),
      false),
  TESTS_FAIL(
      "tests-fail",
      "a test fails after the agent's change: the pull request goes to Failed, with an alert",
      "Failed",
      ExecutionStatus.FAILED,
      DemoWorld::defaultScenario,
      sample ->
          replace(
              sample.resolve("test/grade.test.js"),
              "assert.equal(grade(90), 'A')",
              "assert.equal(grade(90), 'B')"),
      Map.of(),
      false),
  COVERAGE_BELOW_THRESHOLD(
      "coverage-below-threshold",
      "the tests pass but cover under 80 % of the lines: Failed, with an alert",
      "Failed",
      ExecutionStatus.FAILED,
      DemoWorld::defaultScenario,
      DemoScenario::addUntestedCode,
      Map.of(),
      false),
  SPEC_INVALID(
      "spec-invalid",
      "the branch's spec has no tasks.md: the pull request is rejected to Blocked, no build",
      "SpecRejected",
      ExecutionStatus.FAILED,
      () ->
          DemoWorld.defaultScenario()
              .withoutFile(DemoWorld.DEMO_BRANCH, DemoWorld.DEMO_SPEC_PATH + "/tasks.md"),
      sample -> {},
      Map.of(),
      false),
  LOCK_BUSY(
      "lock-busy",
      "another execution holds the only lock slot: the run ends, the board is untouched",
      "LockBusy",
      ExecutionStatus.SUCCEEDED,
      DemoWorld::defaultScenario,
      sample -> {},
      Map.of(),
      true),
  AGENT_TIMEOUT(
      "agent-timeout",
      "the agent stops after one of two tasks: the partial work is pushed and reported as a"
          + " timeout",
      "Failed",
      ExecutionStatus.FAILED,
      DemoWorld::defaultScenario,
      sample -> {},
      // The task limit stops the agent early the same way a timeout does: KIRO_PARTIAL=true.
      Map.of("KIRO_TASK_LIMIT", "1"),
      false);

  private final String label;
  private final String summary;
  private final String lastState;
  private final ExecutionStatus status;
  private final Supplier<DemoWorld.Builder> world;
  private final Consumer<Path> sampleEdit;
  private final Map<String, String> buildVariables;
  private final boolean lockHeldElsewhere;

  DemoScenario(
      String label,
      String summary,
      String lastState,
      ExecutionStatus status,
      Supplier<DemoWorld.Builder> world,
      Consumer<Path> sampleEdit,
      Map<String, String> buildVariables,
      boolean lockHeldElsewhere) {
    this.label = label;
    this.summary = summary;
    this.lastState = lastState;
    this.status = status;
    this.world = world;
    this.sampleEdit = sampleEdit;
    this.buildVariables = buildVariables;
    this.lockHeldElsewhere = lockHeldElsewhere;
  }

  /** The scenario called {@code label} on the command line. */
  public static Optional<DemoScenario> named(String label) {
    return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst();
  }

  /** The name given to {@code --scenario}. */
  public String label() {
    return label;
  }

  /** One line saying what happens. */
  public String summary() {
    return summary;
  }

  /** The state the execution ends in when it goes as designed. */
  public String lastState() {
    return lastState;
  }

  /** The execution's status when it goes as designed. */
  public ExecutionStatus status() {
    return status;
  }

  /** The GitHub the scenario starts from. */
  public DemoWorld world() {
    return world.get().build();
  }

  /** Changes the node sample before it is committed to the git remote. */
  void editSample(Path sample) {
    sampleEdit.accept(sample);
  }

  /** Variables the build project adds for this scenario (before the workflow's overrides). */
  Map<String, String> buildVariables() {
    return buildVariables;
  }

  /** Whether another execution already holds the lock when the run starts. */
  boolean lockHeldElsewhere() {
    return lockHeldElsewhere;
  }

  /** A function nothing tests: line coverage falls from 100 % to well under 80 %. */
  private static void addUntestedCode(Path sample) {
    StringBuilder code = new StringBuilder("\n// Not covered by any test.\n");
    code.append("export function describeGrade(letter) {\n  const words = [];\n");
    for (String letter : new String[] {"A", "B", "C", "D", "E", "F"}) {
      code.append("  if (letter === '").append(letter).append("') {\n");
      code.append("    words.push('grade ").append(letter).append("');\n  }\n");
    }
    code.append("  return words.join(', ');\n}\n");
    append(sample.resolve("src/grade.js"), code.toString());
  }

  private static void replace(Path file, String from, String to) {
    try {
      String text = Files.readString(file);
      if (!text.contains(from)) {
        throw new IllegalStateException(file + " no longer contains " + from);
      }
      Files.writeString(file, text.replace(from, to));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot edit " + file, e);
    }
  }

  private static void append(Path file, String text) {
    try {
      Files.writeString(file, Files.readString(file) + text);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot edit " + file, e);
    }
  }
}
