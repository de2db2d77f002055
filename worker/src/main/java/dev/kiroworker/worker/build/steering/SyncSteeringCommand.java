package dev.kiroworker.worker.build.steering;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.handlers.scrub.SecretScrubber;
import dev.kiroworker.worker.build.BuildOutput;
import dev.kiroworker.worker.build.BuildSummary;
import dev.kiroworker.worker.build.BuildVariables;
import dev.kiroworker.worker.build.StepLog;
import dev.kiroworker.worker.build.Workspace;
import dev.kiroworker.worker.build.git.GitException;
import dev.kiroworker.worker.build.git.GitRepository;
import dev.kiroworker.worker.build.process.ProcessRunner;
import dev.kiroworker.worker.cli.Console;
import dev.kiroworker.worker.cli.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code kiro-worker build sync-steering}: brings the clone's {@code .kiro/steering/} up to the
 * steering pack shipped in this jar, logs every file added, updated or kept, and commits the change
 * as {@code chore(steering): ...}.
 */
@Command(
    name = "sync-steering",
    description = {
      "Adds or updates the steering pack's files in the workspace's .kiro/steering/ and commits"
          + " them.",
      "Exit codes: 0 synced (or nothing to do), 1 the commit failed, 3 invalid steering state."
    })
public final class SyncSteeringCommand implements Callable<Integer> {

  /** The summary section and log name of this step. */
  public static final String STEP = "steering";

  private static final Duration GIT_TIMEOUT = Duration.ofMinutes(2);

  private final Console console;
  private final BuildVariables variables;

  public SyncSteeringCommand(Console console, BuildVariables variables) {
    this.console = console;
    this.variables = variables;
  }

  @Override
  public Integer call() {
    BuildOutput output = BuildOutput.from(variables).create();
    SecretScrubber scrubber = variables.scrubber();
    Path clone = Workspace.from(variables);
    try (StepLog log = StepLog.open(output, "sync-steering", scrubber, console.err())) {
      if (!Files.isDirectory(clone.resolve(".git"))) {
        log.accept("There is no clone in " + clone + "; run kiro-worker build checkout first.");
        return ExitCode.NOT_SUCCEEDED;
      }
      SyncReport report;
      try {
        report = SteeringSync.create().sync(SteeringPack.fromClasspath(), clone);
      } catch (SteeringSyncException e) {
        log.accept("Steering sync failed: " + e.getMessage());
        return ExitCode.INVALID_INPUT;
      }
      report.describe().forEach(line -> log.accept("steering: " + line));
      GitRepository git =
          new GitRepository(
              new ProcessRunner(scrubber), clone, Map.of(), GIT_TIMEOUT, scrubber, log);
      String commit = null;
      try {
        if (report.changed() && git.hasChanges()) {
          commit = git.commitAll(SteeringSync.commitMessage(report));
          log.accept("Committed steering pack " + report.packVersion() + " as " + commit + ".");
        } else {
          log.accept("Steering pack " + report.packVersion() + " is already in place.");
        }
      } catch (GitException e) {
        log.accept(e.getMessage());
        return ExitCode.NOT_SUCCEEDED;
      }
      BuildSummary.of(output).put(STEP, section(report, commit)).save();
      return ExitCode.OK;
    }
  }

  private static ObjectNode section(SyncReport report, String commit) {
    ObjectNode section = JsonNodeFactory.instance.objectNode();
    section.put("packVersion", report.packVersion());
    list(section.putArray("added"), report, SyncStatus.ADDED);
    list(section.putArray("updated"), report, SyncStatus.UPDATED);
    list(section.putArray("pinned"), report, SyncStatus.PINNED);
    section.put("commitSha", commit);
    return section;
  }

  private static void list(ArrayNode into, SyncReport report, SyncStatus status) {
    report.files(status).forEach(into::add);
  }
}
