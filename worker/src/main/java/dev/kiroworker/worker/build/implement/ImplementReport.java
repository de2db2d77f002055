package dev.kiroworker.worker.build.implement;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.handlers.json.JsonMapper;
import dev.kiroworker.worker.cli.ExitCode;
import java.util.List;
import java.util.Objects;

/**
 * What {@code implement} did, as written to the summary's {@code implement} section.
 *
 * @param agent the agent's executable name
 * @param runs each agent run, in order
 * @param remaining how many open tasks are left
 * @param startSha HEAD before the first run; the diff artifact starts here
 * @param problem why the step stopped early, in plain words; null when it did not fail
 */
public record ImplementReport(
    String agent,
    PreflightResult preflight,
    List<TaskRun> runs,
    int remaining,
    StopReason stoppedBecause,
    String startSha,
    String problem) {

  public ImplementReport {
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(preflight, "preflight");
    Objects.requireNonNull(stoppedBecause, "stoppedBecause");
    runs = List.copyOf(runs);
  }

  /** The ids of the tasks completed, in order. */
  public List<String> completed() {
    return runs.stream()
        .filter(run -> run.outcome() == TaskOutcome.COMPLETED)
        .map(TaskRun::id)
        .toList();
  }

  /** Whether work remains or a run left partial work. */
  public boolean partial() {
    return remaining > 0 || runs.stream().anyMatch(TaskRun::partialCommit);
  }

  /** Whether any commit was made, completed or partial. */
  public boolean committed() {
    return runs.stream().anyMatch(run -> run.commitSha() != null);
  }

  /**
   * 1 when the agent failed and left no commit, so there is nothing for verify to judge; else 0,
   * even when a limit stopped the step early. See docs/build-steps.md.
   */
  public int exitCode() {
    return stoppedBecause.isFailure() && !committed() ? ExitCode.NOT_SUCCEEDED : ExitCode.OK;
  }

  /** The one line printed at the end, e.g. {@code implement: TASK_LIMIT; completed 1, 2; ...}. */
  public String headline() {
    List<String> done = completed();
    return "implement: "
        + stoppedBecause
        + "; completed "
        + (done.isEmpty() ? "none" : String.join(", ", done))
        + "; "
        + remaining
        + " open task"
        + (remaining == 1 ? "" : "s")
        + " left"
        + (problem == null ? "" : "; " + problem);
  }

  /** The summary section. */
  public ObjectNode toJson() {
    ObjectNode json = JsonMapper.shared().createObjectNode();
    json.put("agent", agent);
    ObjectNode check = json.putObject("preflight");
    check.put("ran", preflight.ran());
    check.put("exitCode", preflight.exitCode());
    ArrayNode tasks = json.putArray("tasks");
    for (TaskRun run : runs) {
      ObjectNode task = tasks.addObject();
      task.put("id", run.id());
      task.put("title", run.title());
      task.put("outcome", run.outcome().name());
      task.put("seconds", run.seconds());
      task.put("commitSha", run.commitSha());
    }
    completed().forEach(json.putArray("completed")::add);
    json.put("remaining", remaining);
    json.put("stoppedBecause", stoppedBecause.name());
    json.put("partial", partial());
    json.put("startSha", startSha);
    json.put("message", problem);
    return json;
  }
}
