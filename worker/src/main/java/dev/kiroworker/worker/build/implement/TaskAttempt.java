package dev.kiroworker.worker.build.implement;

import dev.kiroworker.worker.build.git.GitRepository;
import dev.kiroworker.worker.build.process.ProcessCommand;
import dev.kiroworker.worker.build.process.ProcessResult;
import dev.kiroworker.worker.build.process.ProcessRunner;
import dev.kiroworker.worker.build.process.ProcessStartException;
import dev.kiroworker.worker.build.tasks.CommitMessage;
import dev.kiroworker.worker.build.tasks.Task;
import dev.kiroworker.worker.build.tasks.TaskTicker;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs the agent on one task and judges the run by what it left in the clone, not by its exit code
 * alone: the Kiro CLI can exit 0 having done nothing.
 */
final class TaskAttempt {

  private final ProcessRunner runner;
  private final GitRepository git;
  private final ImplementSettings settings;
  private final Map<String, String> environment;
  private final TasksFile tasks;
  private final Consumer<String> log;

  TaskAttempt(
      ProcessRunner runner,
      GitRepository git,
      ImplementSettings settings,
      Map<String, String> environment,
      TasksFile tasks,
      Consumer<String> log) {
    this.runner = runner;
    this.git = git;
    this.settings = settings;
    this.environment = environment;
    this.tasks = tasks;
    this.log = log;
  }

  /** Runs the agent on {@code task}, read from {@code tasksText}, for at most {@code timeout}. */
  AttemptResult run(String tasksText, Task task, Duration timeout) {
    String before = git.headSha();
    log.accept("$ " + settings.agent().executableName() + " ... (task " + task.label() + ")");
    ProcessResult result;
    try {
      result = runner.run(command(task, timeout), log);
    } catch (ProcessStartException e) {
      result = null;
      log.accept("implement: the agent cannot be started: " + e.getMessage());
    }
    // The task list is the worker's to change: undo whatever the agent did to it.
    tasks.write(tasksText);
    boolean changed = git.hasChanges() || !git.headSha().equals(before);
    if (result != null && result.succeeded()) {
      return changed
          ? complete(tasksText, task)
          : new AttemptResult(
              TaskOutcome.NO_CHANGE,
              null,
              "the agent exited 0 without changing anything; check its API key and quota");
    }
    TaskOutcome outcome =
        result != null && result.timedOut() ? TaskOutcome.TIMED_OUT : TaskOutcome.FAILED;
    return new AttemptResult(
        outcome, changed ? keepPartial(task, before) : null, problem(result, timeout));
  }

  private ProcessCommand command(Task task, Duration timeout) {
    return new ProcessCommand(
            settings.agent().forPrompt(TaskPrompt.of(settings.specPath(), task)),
            git.directory(),
            environment,
            timeout)
        .withoutVariables(AgentEnvironment.notInherited(environment));
  }

  /** Why a run that did not succeed failed; {@code result} is null when it could not start. */
  private String problem(ProcessResult result, Duration timeout) {
    if (result == null) {
      return "the agent cannot be started: check that "
          + settings.agent().executableName()
          + " is installed and on PATH";
    }
    if (result.timedOut()) {
      return "the agent did not finish within " + timeout.toSeconds() + " s and was stopped";
    }
    return "the agent exited " + result.exitCode() + Preflight.tail(result.output());
  }

  private AttemptResult complete(String tasksText, Task task) {
    tasks.write(TaskTicker.tick(tasksText, task));
    // An agent that committed on its own, and ticked the task as the worker would, leaves
    // nothing more to commit; its commit then stands for the task.
    String sha =
        git.hasChanges()
            ? git.commitAll(CommitMessage.forTask(settings.specName(), task))
            : git.headSha();
    return new AttemptResult(TaskOutcome.COMPLETED, sha, null);
  }

  /** Commits what a failed run left, so nothing is lost; the task stays open. */
  private String keepPartial(Task task, String before) {
    if (git.hasChanges()) {
      return git.commitAll(CommitMessage.forPartialTask(settings.specName(), task));
    }
    String head = git.headSha();
    return head.equals(before) ? null : head;
  }
}
