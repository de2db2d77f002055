package dev.kiroworker.worker.run;

import dev.kiroworker.handlers.config.ProjectConfig;
import dev.kiroworker.worker.build.BuildVariables;
import dev.kiroworker.worker.cli.Console;
import dev.kiroworker.worker.cli.ExitCode;
import dev.kiroworker.worker.cli.InvalidInputException;
import dev.kiroworker.worker.local.WorkFolder;
import dev.kiroworker.worker.local.WorkflowSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kiro-worker run --local}: one run of the workflow from this machine against a real board,
 * with the user's agent and the local build runner. Only local runs start here; deployed runs are
 * started by their schedule.
 */
@Command(
    name = "run",
    description = {
      "Runs the workflow once on this machine against your GitHub board: the real state machine"
          + " and handlers, the real GitHub API with GITHUB_TOKEN, your agent (the Kiro CLI by"
          + " default) and the local build runner; DynamoDB and S3 embedded, or at"
          + " AWS_ENDPOINT_URL_DYNAMODB / AWS_ENDPOINT_URL_S3. Alerts are printed, not sent.",
      "Needs git and bash on PATH, and whatever the repository's tests need. See"
          + " docs/local-mode.md."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the execution SUCCEEDED (including when no work was ready)",
      "1:the execution FAILED or TIMED_OUT",
      "2:usage error, or run without --local",
      "3:invalid input: GITHUB_TOKEN missing, a bad project document, flag or agent command;"
          + " nothing was run"
    })
public final class RunCommand implements Callable<Integer> {

  private final Console console;
  private final RunEnvironment environment;
  private final Clock clock;

  @Option(names = "--local", description = "Run on this machine (the only kind of run here).")
  private boolean local;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "The project document (JSON), as in the SSM parameter; see configuration.md.")
  private Path config;

  @Option(names = "--owner", paramLabel = "LOGIN", description = "The board's owner.")
  private String owner;

  @Option(
      names = "--owner-type",
      paramLabel = "TYPE",
      description = "organization (the default) or user.")
  private String ownerType;

  @Option(
      names = "--project-number",
      paramLabel = "N",
      description = "The board's number, from its URL.")
  private Integer projectNumber;

  @Option(
      names = "--repository",
      paramLabel = "OWNER/NAME",
      description = "A repository kiro-worker may change; repeat for more.")
  private List<String> repositories = new ArrayList<>();

  @Option(
      names = "--agent-command",
      paramLabel = "JSON",
      description =
          "The agent as a JSON array with one \"{prompt}\" element (default: KIRO_AGENT_COMMAND,"
              + " else the Kiro CLI).")
  private String agentCommand;

  @Option(
      names = "--agent-preflight",
      paramLabel = "JSON",
      description =
          "The agent's sign-in check as a JSON array; [] turns it off (default:"
              + " KIRO_AGENT_PREFLIGHT, else kiro-cli whoami).")
  private String agentPreflight;

  @Option(
      names = "--coverage-threshold",
      paramLabel = "PERCENT",
      description = "Line and branch coverage the tests must reach (default: the document's, 80).")
  private Double coverageThreshold;

  @Option(
      names = "--github-api-url",
      paramLabel = "URL",
      description = "The GitHub API (default: GITHUB_API_URL, else https://api.github.com).")
  private String gitHubApiUrl;

  @Option(
      names = "--github-server-url",
      paramLabel = "URL",
      description = "Where repositories are cloned from (default: ${DEFAULT-VALUE}).",
      defaultValue = GitHubEndpoints.DEFAULT_SERVER_URL)
  private String gitHubServerUrl;

  @Option(
      names = "--environment",
      paramLabel = "NAME",
      description =
          "The environment's name, in table, bucket and artifact names (default: ${DEFAULT-VALUE}).",
      defaultValue = "local")
  private String environmentName;

  @Option(
      names = "--lock-table",
      paramLabel = "NAME",
      description = "The lock table (default: kiro-worker-<environment>-locks).")
  private String lockTable;

  @Option(
      names = "--bucket",
      paramLabel = "NAME",
      description = "The artifacts bucket (default: kiro-worker-<environment>-artifacts).")
  private String bucket;

  @Option(
      names = "--work-dir",
      paramLabel = "DIR",
      description = "A new or empty folder for the builds, kept (default: a temporary folder).")
  private Path workDir;

  @Option(names = "--keep", description = "Keep the temporary folder and say where it is.")
  private boolean keep;

  /**
   * @param environment the process environment (a plain map in tests)
   */
  public RunCommand(Console console, Map<String, String> environment, Clock clock) {
    this.console = console;
    this.environment = new RunEnvironment(environment);
    this.clock = clock;
  }

  @Override
  public Integer call() {
    if (!local) {
      console
          .err()
          .println(
              "kiro-worker run: only local runs start from the command line; add --local. Deployed"
                  + " runs are started by the environment's schedule.");
      return ExitCode.USAGE;
    }
    RunPlan plan = plan();
    try (WorkFolder folder = WorkFolder.create("run", workDir, keep, console.out())) {
      return new LocalRun(console, plan, folder.path(), clock).run();
    }
  }

  private RunPlan plan() {
    String token =
        environment
            .optional(RunEnvironment.GITHUB_TOKEN)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "GITHUB_TOKEN is not set: export a GitHub token that can read the board"
                            + " and write to the repositories (see docs/local-mode.md)"));
    ProjectConfig project =
        ProjectDocument.from(config, new BoardFlags(owner, ownerType, projectNumber, repositories));
    GitHubEndpoints gitHub =
        GitHubEndpoints.of(
            orEnvironment(gitHubApiUrl, RunEnvironment.GITHUB_API_URL)
                .orElse(GitHubEndpoints.DEFAULT_API_URL),
            gitHubServerUrl);
    WorkflowSettings workflow = workflow(project, gitHub);
    String prefix = "kiro-worker-" + workflow.environment();
    return new RunPlan(
        project,
        gitHub,
        token,
        environment.optional(RunEnvironment.KIRO_API_KEY).orElse(""),
        workflow,
        StorageNames.lockTable(lockTable != null ? lockTable : prefix + "-locks"),
        StorageNames.bucket(bucket != null ? bucket : prefix + "-artifacts"),
        projectVariables(gitHub),
        environment.variables());
  }

  /** The build project's own variables: the agent, and local remotes for a local git server. */
  private Map<String, String> projectVariables(GitHubEndpoints gitHub) {
    LocalAgent agent =
        new LocalAgent(
            orEnvironment(agentCommand, BuildVariables.AGENT_COMMAND).orElse(null),
            orEnvironment(agentPreflight, BuildVariables.AGENT_PREFLIGHT).orElse(null));
    Map<String, String> variables =
        new HashMap<>(agent.projectVariables(environment.optional("PATH").orElse("")));
    if (gitHub.localRemote()) {
      variables.put(BuildVariables.ALLOW_LOCAL_REMOTE, "true");
    }
    return variables;
  }

  /** The option's value when it was given, else the environment variable's. */
  private Optional<String> orEnvironment(String option, String variable) {
    return option != null ? Optional.of(option) : environment.optional(variable);
  }

  private WorkflowSettings workflow(ProjectConfig project, GitHubEndpoints gitHub) {
    double threshold = coverageThreshold != null ? coverageThreshold : project.coverageThreshold();
    if (threshold < 0 || threshold > 100) {
      throw new InvalidInputException(
          "--coverage-threshold must be a percentage from 0 to 100, got " + threshold);
    }
    try {
      return WorkflowSettings.of(environmentName, threshold, gitHub.serverUrl());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("--environment: " + e.getMessage());
    }
  }
}
