package dev.kiroworker.worker.run;

import dev.kiroworker.handlers.config.ProjectConfig;
import dev.kiroworker.handlers.scrub.SecretScrubber;
import dev.kiroworker.statemachine.ExecutionResult;
import dev.kiroworker.statemachine.ExecutionStatus;
import dev.kiroworker.statemachine.tasks.BuildRunner;
import dev.kiroworker.worker.cli.Console;
import dev.kiroworker.worker.cli.ExitCode;
import dev.kiroworker.worker.local.BundledFile;
import dev.kiroworker.worker.local.ExecutionView;
import dev.kiroworker.worker.local.LocalBuildProject;
import dev.kiroworker.worker.local.LocalHandlers;
import dev.kiroworker.worker.local.LocalStorage;
import dev.kiroworker.worker.local.LocalWorkflow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One local run in {@code folder}: the lock table and bucket made if missing, the real handlers
 * against GitHub, the repository's buildspec run by the local build runner, then the real workflow,
 * watched by the execution view and summed up by the report.
 */
final class LocalRun {

  private static final int BUILD_LOG_TAIL = 40;
  private static final DateTimeFormatter EXECUTION_NAME =
      DateTimeFormatter.ofPattern("'local-'yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private final Console console;
  private final RunPlan plan;
  private final Path folder;
  private final Clock clock;
  private final SecretScrubber scrubber;

  LocalRun(Console console, RunPlan plan, Path folder, Clock clock) {
    this.console = console;
    this.plan = plan;
    this.folder = folder;
    this.clock = clock;
    // A blank key (none given) is ignored by the scrubber.
    this.scrubber = SecretScrubber.of(List.of(plan.token(), plan.apiKey()));
  }

  /** Runs one execution; 0 when it succeeded (also with no work ready), 1 when it did not. */
  int run() {
    List<String> buildLog = Collections.synchronizedList(new ArrayList<>());
    try (LocalAws aws = LocalAws.from(new RunEnvironment(plan.machine()))) {
      LocalStorage.lockTable(aws.dynamoDb(), plan.lockTable());
      LocalStorage.bucket(aws.s3(), plan.bucket());
      LocalWorkflow workflow =
          new LocalWorkflow(
              plan.workflow(),
              LocalHandlers.builder(plan.lockTable(), aws.dynamoDb(), aws.s3())
                  .gitHub(plan.gitHub().apiUrl(), plan.token())
                  .projectConfig(plan.project())
                  .build(),
              builds(aws, buildLog));
      header(aws);
      ExecutionView view = new ExecutionView(console.out(), System::nanoTime);
      ExecutionResult result = workflow.run(EXECUTION_NAME.format(clock.instant()), view::accept);
      new RunReport(console.out(), scrubber)
          .print(view.path(), result, workflow.alerts().published());
      if (result.status() == ExecutionStatus.SUCCEEDED) {
        return ExitCode.OK;
      }
      printTail(buildLog);
      return ExitCode.NOT_SUCCEEDED;
    }
  }

  private BuildRunner builds(LocalAws aws, List<String> buildLog) {
    return LocalBuildProject.in(folder)
        .buildspec(BundledFile.buildspec(folder.resolve("buildspec.yml")))
        .environment(plan.machine())
        .secrets(plan.secrets())
        .variables(plan.projectVariables())
        .artifacts(aws.s3(), plan.bucket())
        .log(buildLog::add)
        .build();
  }

  private void header(LocalAws aws) {
    ProjectConfig project = plan.project();
    console
        .out()
        .println(
            "Board "
                + project.owner()
                + "/"
                + project.projectNumber()
                + " ("
                + project.ownerType().name().toLowerCase(Locale.ROOT)
                + "), repositories "
                + String.join(", ", project.repositories())
                + "; environment "
                + plan.workflow().environment()
                + "; "
                + aws.describe());
    console.out().println();
  }

  private void printTail(List<String> buildLog) {
    if (buildLog.isEmpty()) {
      return;
    }
    console.err().println("run: the execution did not succeed; the build log's last lines:");
    buildLog
        .subList(Math.max(0, buildLog.size() - BUILD_LOG_TAIL), buildLog.size())
        .forEach(line -> console.err().println("  " + scrubber.scrub(line)));
  }
}
