package dev.kiroworker.worker.build.implement;

import dev.kiroworker.worker.build.BuildInputException;
import dev.kiroworker.worker.build.git.GitRepository;
import dev.kiroworker.worker.build.process.ProcessRunner;
import dev.kiroworker.worker.build.tasks.Task;
import dev.kiroworker.worker.build.tasks.TaskList;
import dev.kiroworker.worker.build.tasks.TaskListParser;
import dev.kiroworker.worker.build.tasks.TasksMdException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Runs the agent on the spec's open tasks, first to last, one run per task, until none is left, the
 * task limit or the time budget is reached, or a run does not complete the task. Each run's timeout
 * is the per-run timeout or what is left of the budget, whichever is shorter.
 */
public final class Implementer {

  private final ProcessRunner runner;
  private final GitRepository git;
  private final ImplementSettings settings;
  private final Map<String, String> environment;
  private final InstantSource clock;
  private final Consumer<String> log;
  private final TasksFile tasks;

  /**
   * @param runner runs the preflight and the agent; it scrubs with the build's secrets
   * @param git the clone, its commands without the withheld variables
   * @param environment added to the agent's environment ({@code KIRO_API_KEY})
   * @param clock measures the time budget and each run
   * @param log receives every scrubbed line of the preflight and the agent
   */
  public Implementer(
      ProcessRunner runner,
      GitRepository git,
      ImplementSettings settings,
      Map<String, String> environment,
      InstantSource clock,
      Consumer<String> log) {
    this.runner = Objects.requireNonNull(runner, "runner");
    this.git = Objects.requireNonNull(git, "git");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.environment = Map.copyOf(environment);
    this.clock = Objects.requireNonNull(clock, "clock");
    this.log = Objects.requireNonNull(log, "log");
    this.tasks = new TasksFile(git.directory(), settings.specPath());
  }

  /**
   * Runs the tasks and reports what happened. The agent's failures are outcomes in the report.
   *
   * @throws BuildInputException when tasks.md is missing or malformed
   * @throws dev.kiroworker.worker.build.git.GitException when git fails in the clone
   */
  public ImplementReport run() {
    int open = parse(tasks.read()).openTasks().size();
    String agent = settings.agent().executableName();
    String start = git.headSha();
    PreflightResult preflight =
        new Preflight(runner, log)
            .run(settings.preflight(), git.directory(), environment, settings.preflightTimeout());
    if (!preflight.passed()) {
      return new ImplementReport(
          agent,
          preflight,
          List.of(),
          open,
          StopReason.PREFLIGHT_FAILED,
          start,
          preflight.problem());
    }
    List<TaskRun> runs = new ArrayList<>();
    Stop stop = runTasks(runs);
    int remaining = parse(tasks.read()).openTasks().size();
    return new ImplementReport(
        agent, preflight, runs, remaining, stop.reason(), start, stop.problem());
  }

  /** Runs open tasks one by one, adding each run to {@code runs}, and says why it stopped. */
  private Stop runTasks(List<TaskRun> runs) {
    TaskAttempt attempt = new TaskAttempt(runner, git, settings, environment, tasks, log);
    Instant deadline = clock.instant().plus(settings.timeBudget());
    while (true) {
      String text = tasks.read();
      List<Task> left = parse(text).openTasks();
      if (left.isEmpty()) {
        return new Stop(StopReason.DONE, null);
      }
      if (runs.size() >= settings.taskLimit()) {
        return new Stop(StopReason.TASK_LIMIT, null);
      }
      Instant began = clock.instant();
      Duration remaining = Duration.between(began, deadline);
      if (remaining.isNegative() || remaining.isZero()) {
        return new Stop(StopReason.TIME_BUDGET, null);
      }
      boolean cutByBudget = remaining.compareTo(settings.agentTimeout()) < 0;
      Task task = left.getFirst();
      log.accept("implement: task " + task.label());
      AttemptResult result =
          attempt.run(text, task, cutByBudget ? remaining : settings.agentTimeout());
      long seconds = Duration.between(began, clock.instant()).toSeconds();
      runs.add(new TaskRun(task.id(), task.title(), result.outcome(), seconds, result.commitSha()));
      log.accept("implement: task " + task.id() + " " + result.outcome());
      if (result.outcome() != TaskOutcome.COMPLETED) {
        return new Stop(stopFor(result.outcome(), cutByBudget), result.problem());
      }
    }
  }

  private static StopReason stopFor(TaskOutcome outcome, boolean cutByBudget) {
    return switch (outcome) {
      case NO_CHANGE -> StopReason.NO_CHANGE;
      case FAILED -> StopReason.AGENT_FAILED;
      // A run cut short by the budget ran out of budget, not of its own time.
      case TIMED_OUT -> cutByBudget ? StopReason.TIME_BUDGET : StopReason.TIMED_OUT;
      case COMPLETED -> throw new IllegalArgumentException("a completed run does not stop");
    };
  }

  private TaskList parse(String text) {
    try {
      return TaskListParser.parse(text);
    } catch (TasksMdException e) {
      throw new BuildInputException(tasks.path() + " cannot be used: " + e.getMessage(), e);
    }
  }

  /** Why the runs stopped, and the plain reason when a run failed. */
  private record Stop(StopReason reason, String problem) {}
}
