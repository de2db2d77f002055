package dev.kiroworker.worker.build.implement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.handlers.scrub.SecretScrubber;
import dev.kiroworker.worker.build.BuildInputException;
import dev.kiroworker.worker.build.git.GitRepository;
import dev.kiroworker.worker.build.process.Liveness;
import dev.kiroworker.worker.build.process.ProcessRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImplementerTest {

  private static final String FEAT = "feat(greeting-service): ";
  private static final String API_KEY = "kiro-api-key-0123456789";
  private static final Duration ONE_SECOND = Duration.ofSeconds(1);

  @TempDir Path folder;

  private final List<String> log = new CopyOnWriteArrayList<>();
  private List<String> preflight = Agents.fake("noop");
  private int taskLimit = 5;
  private Duration agentTimeout = Duration.ofMinutes(20);
  private Duration preflightTimeout = Duration.ofSeconds(10);
  private InstantSource clock = InstantSource.system();

  @Test
  void run_whenAgentChangesFiles_commitsEachOpenLeafTaskInOrderAndTicksIt() {
    SpecClone clone = SpecClone.withTasks(folder, "tasks.md");

    ImplementReport report = implement(clone, Agents.fake("change", AgentCommand.PROMPT));

    assertThat(report.stoppedBecause()).isEqualTo(StopReason.DONE);
    assertThat(report.completed()).containsExactly("2.1", "2.2", "3");
    assertThat(report.remaining()).isZero();
    assertThat(report.partial()).isFalse();
    assertThat(report.exitCode()).isZero();
    assertThat(report.preflight().ran()).isTrue();
    assertThat(report.agent()).isEqualTo("fake-agent.sh");
    assertThat(clone.subjects())
        .containsExactly(
            FEAT + "3 Document the service",
            FEAT + "2.2 Add the REST endpoint",
            FEAT + "2.1 Write the greeter",
            "docs: spec");
    assertThat(report.runs().getLast().commitSha()).isEqualTo(clone.head());
    assertThat(clone.filesOf(clone.head()))
        .containsExactlyInAnyOrder("IMPLEMENTED.md", SpecClone.SPEC + "/tasks.md");
    assertThat(clone.tasks())
        .contains("- [x] 2. Build the greeting service")
        .contains("  - [x] 2.1 Write the greeter")
        .contains("  - [x] 2.2 Add the REST endpoint")
        .contains("  - [ ]* 2.3 Write property tests")
        .contains("- [x] 3. Document the service");
    assertThat(clone.clean()).isTrue();
  }

  @Test
  void run_whenTaskLimitReached_stopsWithTheRestLeftOpen() {
    SpecClone clone = SpecClone.withTasks(folder, "tasks.md");
    taskLimit = 1;

    ImplementReport report = implement(clone, Agents.fake("change", AgentCommand.PROMPT));

    assertThat(report.stoppedBecause()).isEqualTo(StopReason.TASK_LIMIT);
    assertThat(report.completed()).containsExactly("2.1");
    assertThat(report.remaining()).isEqualTo(2);
    assertThat(report.partial()).isTrue();
    assertThat(report.exitCode()).isZero();
    assertThat(clone.tasks()).contains("- [ ] 2.2 Add").contains("- [-] 2. Build");
  }

  @Test
  void run_whenTimeBudgetRunsOut_stopsBeforeTheNextTaskAndKeepsTheWork() {
    SpecClone clone = SpecClone.withTasks(folder, "tasks.md");
    // Read at the start (deadline 60 min later), then before and after each run.
    clock = new StepClock(Duration.ofMinutes(25));

    ImplementReport report = implement(clone, Agents.fake("change", AgentCommand.PROMPT));

    assertThat(report.stoppedBecause()).isEqualTo(StopReason.TIME_BUDGET);
    assertThat(report.completed()).containsExactly("2.1");
    assertThat(report.runs().getFirst().seconds()).isEqualTo(25 * 60);
    assertThat(report.remaining()).isEqualTo(2);
    assertThat(report.partial()).isTrue();
    assertThat(report.exitCode()).isZero();
    assertThat(clone.subjects().getFirst()).isEqualTo(FEAT + "2.1 Write the greeter");
  }

  @Test
  void run_whenBudgetShortensAHangingRun_killsItAndStopsForTheBudget() {
    SpecClone clone = SpecClone.withTasks(folder, "tasks.md");
    // One second of the 60-minute budget is left when the first run starts.
    clock = new StepClock(Duration.ofMinutes(60).minus(ONE_SECOND));

    ImplementReport report = implement(clone, Agents.fake("hang", AgentCommand.PROMPT));

    assertThat(report.runs())
        .singleElement()
        .extracting(TaskRun::outcome)
        .isEqualTo(TaskOutcome.TIMED_OUT);
    assertThat(report.stoppedBecause()).isEqualTo(StopReason.TIME_BUDGET);
    assertThat(report.exitCode()).isZero();
  }

  @Test
  void run_whenAgentFails_stopsWithoutCommitting() {
    SpecClone clone = SpecClone.withTasks(folder, "tasks.md");
    String before = clone.head();

    ImplementReport report = implement(clone, Agents.fake("fail", AgentCommand.PROMPT));

    assertThat(report.stoppedBecause()).isEqualTo(StopReason.AGENT_FAILED);
    assertThat(report.runs())
        .singleElement()
        .satisfies(
            run -> {
              assertThat(run.outcome()).isEqualTo(TaskOutcome.FAILED);
              assertThat(run.commit()).isEmpty();
            });
    assertThat(report.problem()).isEqualTo("the agent exited 1: fake-agent: failing as asked");
    assertThat(report.exitCode()).isEqualTo(1);
    assertThat(clone.head()).isEqualTo(before);
  }

  @Test
  void run_whenFailingAgentLeftChanges_commitsThemAsPartialWithoutTicking() {
    SpecClone clone = SpecClone.withTasks(folder, "tasks.md");

    ImplementReport report = implement(clone, Agents.script("echo half >> IMPLEMENTED.md; exit 3"));

    assertThat(report.stoppedBecause()).isEqualTo(StopReason.AGENT_FAILED);
    TaskRun run = report.runs().getFirst();
    assertThat(run.partialCommit()).isTrue();
    assertThat(run.commitSha()).isEqualTo(clone.head());
    assertThat(clone.subjects().getFirst())
        .isEqualTo("wip(greeting-service): 2.1 Write the greeter (partial)");
    assertThat(clone.filesOf(clone.head())).containsExactly("IMPLEMENTED.md");
    assertThat(clone.tasks()).contains("- [ ] 2.1 Write the greeter");
    assertThat(report.partial()).isTrue();
    assertThat(report.exitCode()).isZero();
  }

  @Test
  void run_whenAgentHangs_killsItsProcessTreeAndKeepsThePartialWork() {
    SpecClone clone = SpecClone.withTasks(folder, "tasks.md");
    agentTimeout = ONE_SECOND;

    ImplementReport report =
        implement(
            clone, Agents.script("echo half >> IMPLEMENTED.md; exec '" + Agents.FAKE + "' hang"));

    assertThat(report.stoppedBecause()).isEqualTo(StopReason.TIMED_OUT);
    assertThat(report.runs().getFirst().outcome()).isEqualTo(TaskOutcome.TIMED_OUT);
    assertThat(report.problem()).contains("did not finish within 1 s");
    assertThat(clone.subjects().getFirst()).endsWith("2.1 Write the greeter (partial)");
    long child =
        Long.parseLong(
            log.stream()
                .filter(line -> line.startsWith("child "))
                .findFirst()
                .orElseThrow()
                .substring("child ".length()));
    assertThat(Liveness.running(child)).as("sleep child %d", child).isFalse();
    assertThat(report.exitCode()).isZero();
  }

  @Test
  void run_whenAgentChangesNothing_stopsWithNoChange() {
    SpecClone clone = SpecClone.withTasks(folder, "tasks.md");

    ImplementReport report = implement(clone, Agents.fake("noop", AgentCommand.PROMPT));

    assertThat(report.stoppedBecause()).isEqualTo(StopReason.NO_CHANGE);
    assertThat(report.runs())
        .singleElement()
        .extracting(TaskRun::outcome)
        .isEqualTo(TaskOutcome.NO_CHANGE);
    assertThat(report.problem()).contains("without changing anything");
    assertThat(report.remaining()).isEqualTo(3);
    assertThat(report.exitCode()).isEqualTo(1);
  }

  @Test
  void run_whenAgentOnlyEditsTasksMd_undoesItAndReportsNoChange() {
    SpecClone clone = SpecClone.withTasks(folder, "tasks.md");
    String tasks = clone.tasks();

    ImplementReport report =
        implement(clone, Agents.script("sed -i 's/\\[ \\]/[x]/g' " + SpecClone.SPEC + "/tasks.md"));

    assertThat(report.stoppedBecause()).isEqualTo(StopReason.NO_CHANGE);
    assertThat(clone.tasks()).isEqualTo(tasks);
    assertThat(clone.clean()).isTrue();
  }

  @Test
  void run_whenAgentTicksEveryTaskItself_onlyItsOwnTaskIsTicked() {
    SpecClone clone = SpecClone.withTasks(folder, "tasks.md");
    taskLimit = 1;

    implement(
        clone,
        Agents.script(
            "echo done >> IMPLEMENTED.md; ln -sf /etc/hostname " + SpecClone.SPEC + "/tasks.md"));

    assertThat(Files.isSymbolicLink(clone.folder().resolve(SpecClone.SPEC + "/tasks.md")))
        .isFalse();
    assertThat(clone.tasks())
        .contains("- [x] 2.1 Write the greeter")
        .contains("- [ ] 2.2 Add the REST endpoint")
        .contains("- [ ] 3. Document");
  }

  @Test
  void run_whenAgentCommitsItself_theTickIsCommittedOnTop() {
    SpecClone clone = SpecClone.withTasks(folder, "tasks.md");
    taskLimit = 1;

    ImplementReport report =
        implement(
            clone,
            Agents.script("echo done >> IMPLEMENTED.md && git add -A && git commit -qm mine"));

    assertThat(report.completed()).containsExactly("2.1");
    assertThat(clone.subjects()).startsWith(FEAT + "2.1 Write the greeter", "mine");
  }

  @Test
  void run_whenPreflightFails_attemptsNoTask() {
    SpecClone clone = SpecClone.withTasks(folder, "tasks.md");
    preflight = Agents.fake("fail");

    ImplementReport report = implement(clone, Agents.fake("change", AgentCommand.PROMPT));

    assertThat(report.stoppedBecause()).isEqualTo(StopReason.PREFLIGHT_FAILED);
    assertThat(report.preflight().ran()).isTrue();
    assertThat(report.preflight().exitCode()).isEqualTo(1);
    assertThat(report.problem())
        .isEqualTo(
            "the agent is not signed in or its API key was refused: "
                + Agents.FAKE
                + " fail exited 1: fake-agent: failing as asked");
    assertThat(report.runs()).isEmpty();
    assertThat(report.remaining()).isEqualTo(3);
    assertThat(report.exitCode()).isEqualTo(1);
    assertThat(Files.exists(clone.folder().resolve("IMPLEMENTED.md"))).isFalse();
  }

  @Test
  void run_whenPreflightHangs_stopsItAtItsTimeout() {
    SpecClone clone = SpecClone.withTasks(folder, "tasks.md");
    preflight = Agents.fake("hang");
    preflightTimeout = ONE_SECOND;

    ImplementReport report = implement(clone, Agents.fake("change", AgentCommand.PROMPT));

    assertThat(report.stoppedBecause()).isEqualTo(StopReason.PREFLIGHT_FAILED);
    assertThat(report.preflight().exitCode()).isEqualTo(-1);
    assertThat(report.problem()).contains("hang did not answer within 1 s: child ");
  }

  @Test
  void run_whenPreflightCannotStart_saysSo() {
    SpecClone clone = SpecClone.withTasks(folder, "tasks.md");
    preflight = List.of(folder.resolve("no-such-cli").toString(), "whoami");

    ImplementReport report = implement(clone, Agents.fake("change", AgentCommand.PROMPT));

    assertThat(report.stoppedBecause()).isEqualTo(StopReason.PREFLIGHT_FAILED);
    assertThat(report.problem()).startsWith("the agent cannot be started: cannot start");
  }

  @Test
  void run_whenPreflightTurnedOff_goesStraightToTheTasks() {
    SpecClone clone = SpecClone.withTasks(folder, "tasks.md");
    preflight = List.of();
    taskLimit = 1;

    ImplementReport report = implement(clone, Agents.fake("change", AgentCommand.PROMPT));

    assertThat(report.preflight().ran()).isFalse();
    assertThat(report.completed()).containsExactly("2.1");
    assertThat(log).contains("preflight: turned off (KIRO_AGENT_PREFLIGHT is [])");
  }

  @Test
  void run_whenAgentCannotStart_failsTheRun() {
    SpecClone clone = SpecClone.withTasks(folder, "tasks.md");
    preflight = List.of();

    ImplementReport report =
        implement(clone, List.of(folder.resolve("no-such-agent").toString(), "{prompt}"));

    assertThat(report.stoppedBecause()).isEqualTo(StopReason.AGENT_FAILED);
    assertThat(report.problem()).startsWith("the agent cannot be started");
    assertThat(report.exitCode()).isEqualTo(1);
  }

  @Test
  void run_agentGetsTheApiKeyButNotTheGitHubTokenOrAwsCredentials() {
    SpecClone clone = SpecClone.withTasks(folder, "tasks.md");
    assertThat(System.getenv("GITHUB_TOKEN")).as("set by surefire for this test").isNotBlank();

    implement(
        clone,
        Agents.fake(
            "env", "GITHUB_TOKEN", "AWS_SESSION_TOKEN", "KIRO_API_KEY", "PATH", "{prompt}"));

    assertThat(log)
        .contains("GITHUB_TOKEN=unset", "AWS_SESSION_TOKEN=unset", "KIRO_API_KEY=set", "PATH=set");
  }

  @Test
  void run_whenNoTaskIsOpen_isDoneWithoutRunningTheAgent() {
    SpecClone clone = SpecClone.withTasks(folder, "tasks.md");
    clone.write(SpecClone.SPEC + "/tasks.md", "- [x] 1. Done already\n- [-] 2. Set aside\n");

    ImplementReport report = implement(clone, Agents.fake("fail", AgentCommand.PROMPT));

    assertThat(report.stoppedBecause()).isEqualTo(StopReason.DONE);
    assertThat(report.runs()).isEmpty();
    assertThat(report.exitCode()).isZero();
    assertThat(report.partial()).isFalse();
  }

  @Test
  void run_whenTasksMdMissingOrMalformed_refusesBeforeRunningAnything() {
    SpecClone clone = SpecClone.withTasks(folder, "tasks.md");
    clone.write(SpecClone.SPEC + "/tasks.md", "- [?] 1. What\n");

    assertThatThrownBy(() -> implement(clone, Agents.fake("change", AgentCommand.PROMPT)))
        .isInstanceOf(BuildInputException.class)
        .hasMessageContaining("tasks.md cannot be used")
        .hasMessageContaining("line 1: unknown checkbox mark [?]");
    clone.git("rm", "-q", "-f", SpecClone.SPEC + "/tasks.md");
    assertThatThrownBy(() -> implement(clone, Agents.fake("change", AgentCommand.PROMPT)))
        .isInstanceOf(BuildInputException.class)
        .hasMessageContaining("run kiro-worker build checkout first");
    assertThat(log).isEmpty();
  }

  private ImplementReport implement(SpecClone clone, List<String> agent) {
    SecretScrubber scrubber = SecretScrubber.of(List.of(API_KEY));
    ProcessRunner runner =
        new ProcessRunner(scrubber, ProcessRunner.DEFAULT_OUTPUT_LIMIT, Duration.ofMillis(500));
    GitRepository git =
        new GitRepository(
                runner, clone.folder(), Map.of(), Duration.ofMinutes(1), scrubber, log::add)
            .withoutVariables(AgentEnvironment.WITHHELD);
    ImplementSettings settings =
        new ImplementSettings(
            new AgentCommand(agent),
            new PreflightCommand(preflight),
            SpecClone.SPEC,
            taskLimit,
            Duration.ofMinutes(60),
            agentTimeout,
            preflightTimeout);
    return new Implementer(runner, git, settings, Map.of("KIRO_API_KEY", API_KEY), clock, log::add)
        .run();
  }
}
