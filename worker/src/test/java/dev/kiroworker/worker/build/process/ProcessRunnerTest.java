package dev.kiroworker.worker.build.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.handlers.scrub.SecretScrubber;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessRunnerTest {

  private static final String AGENT = FakeAgent.path();
  private static final Duration SHORT = Duration.ofSeconds(2);
  private static final Duration GRACE = Duration.ofMillis(500);

  @TempDir Path work;

  private final ProcessRunner runner =
      new ProcessRunner(SecretScrubber.patternsOnly(), ProcessRunner.DEFAULT_OUTPUT_LIMIT, GRACE);

  @Test
  void run_whenAgentChangesFiles_succeedsWithOutputCaptured() throws IOException {
    ProcessResult result = runner.run(ProcessCommand.of(work, SHORT, AGENT, "change", "task 1"));

    assertThat(result.succeeded()).isTrue();
    assertThat(result.exitCode()).isZero();
    assertThat(result.timedOut()).isFalse();
    assertThat(result.truncated()).isFalse();
    assertThat(result.output()).isEqualTo("updated IMPLEMENTED.md\n");
    assertThat(result.command()).containsExactly(AGENT, "change", "task 1");
    assertThat(result.elapsed()).isPositive().isLessThan(SHORT);
    assertThat(Files.readString(work.resolve("IMPLEMENTED.md")))
        .isEqualTo("- implemented: task 1\n");
  }

  @Test
  void run_whenAgentFails_reportsExitCodeAndStderr() {
    ProcessResult result = runner.run(ProcessCommand.of(work, SHORT, AGENT, "fail"));

    assertThat(result.succeeded()).isFalse();
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.timedOut()).isFalse();
    assertThat(result.output()).contains("failing as asked");
  }

  @Test
  void run_whenAgentHangs_killsItAndItsChildAtTheTimeout() {
    ProcessResult result =
        runner.run(ProcessCommand.of(work, Duration.ofMillis(500), AGENT, "hang"));

    assertThat(result.timedOut()).isTrue();
    assertThat(result.succeeded()).isFalse();
    assertThat(result.exitCode()).isEqualTo(ProcessResult.TIMED_OUT_EXIT_CODE);
    assertThat(result.elapsed()).isLessThan(Duration.ofSeconds(2));
    long child = Long.parseLong(result.output().strip().replace("child ", ""));
    assertThat(Liveness.running(child)).as("sleep child %d", child).isFalse();
  }

  @Test
  void run_whenAgentLeaksSecrets_scrubsResultAndLines() {
    String apiKey = "kiro-key-0123456789";
    ProcessRunner scrubbing = new ProcessRunner(SecretScrubber.of(List.of(apiKey)));
    List<String> lines = new CopyOnWriteArrayList<>();

    ProcessResult result =
        scrubbing.run(
            ProcessCommand.of(work, SHORT, AGENT, "leak", apiKey)
                .withEnvironment(Map.of("KIRO_API_KEY", apiKey)),
            lines::add);

    assertThat(result.output()).doesNotContain(apiKey).doesNotContain("ghp_");
    assertThat(result.output()).contains("token ***").contains("key ***");
    assertThat(lines).containsExactlyInAnyOrder("token ***", "key ***");
    assertThat(result.command()).containsExactly(AGENT, "leak", "***");
  }

  @Test
  void run_whenArgumentHoldsShellMetacharacters_passesThemLiterally() {
    List<String> hostile = List.of("$(touch pwned)", "; touch pwned", "`touch pwned`", "a b");
    List<String> arguments = new java.util.ArrayList<>(List.of(AGENT, "echo"));
    arguments.addAll(hostile);

    ProcessResult result = runner.run(new ProcessCommand(arguments, work, Map.of(), SHORT));

    assertThat(result.output().lines()).containsExactlyElementsOf(hostile);
    assertThat(work.resolve("pwned")).doesNotExist();
  }

  @Test
  void run_whenEnvironmentGiven_addsItToTheInheritedOne() {
    ProcessResult result =
        runner.run(
            ProcessCommand.of(work, SHORT, "sh", "-c", "echo \"$KIRO_API_KEY:${PATH:+path}\"")
                .withEnvironment(Map.of("KIRO_API_KEY", "visible")));

    assertThat(result.output()).isEqualTo("visible:path\n");
  }

  @Test
  void run_whenExecutableMissing_throwsNamingIt() {
    ProcessCommand command = ProcessCommand.of(work, SHORT, "no-such-agent-xyz", "noop");

    assertThatThrownBy(() -> runner.run(command))
        .isInstanceOf(ProcessStartException.class)
        .hasMessageContaining("'no-such-agent-xyz'")
        .hasCauseInstanceOf(IOException.class);
  }

  @Test
  void run_whenOutputExceedsTheBound_keepsTheLastLines() {
    ProcessRunner tiny = new ProcessRunner(SecretScrubber.patternsOnly(), 8, GRACE);
    List<String> lines = new CopyOnWriteArrayList<>();

    ProcessResult result =
        tiny.run(ProcessCommand.of(work, SHORT, AGENT, "echo", "first", "abc", "xyz"), lines::add);

    assertThat(result.truncated()).isTrue();
    assertThat(result.output()).isEqualTo("abc\nxyz\n");
    assertThat(lines).containsExactly("first", "abc", "xyz");
  }

  @Test
  void run_whenLinesEndWithCarriageReturnOrNoNewline_keepsTheirText() {
    ProcessResult result =
        runner.run(ProcessCommand.of(work, SHORT, "printf", "dos\\r\\n\\r\\nlast"));

    assertThat(result.output()).isEqualTo("dos\n\nlast\n");
  }

  @Test
  void run_whenALineIsVeryLong_cutsItIntoPieces() {
    ProcessResult result =
        runner.run(
            ProcessCommand.of(work, SHORT, "sh", "-c", "head -c 70000 /dev/zero | tr '\\0' x"));

    List<String> pieces = result.output().lines().toList();
    assertThat(pieces).hasSize(2);
    assertThat(pieces.getFirst()).hasSize(StreamDrain.MAX_LINE);
    assertThat(pieces.get(1)).hasSize(70000 - StreamDrain.MAX_LINE);
  }

  @Test
  void run_whenABackgroundChildHoldsThePipe_returnsAfterTheGracePeriod() {
    ProcessResult result =
        runner.run(ProcessCommand.of(work, SHORT, "sh", "-c", "sleep 3 & echo started"));

    assertThat(result.succeeded()).isTrue();
    assertThat(result.output()).isEqualTo("started\n");
    assertThat(result.elapsed()).isLessThan(Duration.ofMillis(1500));
  }

  @Test
  void run_whenAgentIgnoresSigterm_killsItForcibly() {
    ProcessResult result =
        runner.run(
            ProcessCommand.of(
                work, Duration.ofMillis(300), "sh", "-c", "trap '' TERM; echo ready; sleep 5"));

    assertThat(result.timedOut()).isTrue();
    assertThat(result.elapsed()).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void run_whenInterrupted_killsTheTreeAndThrows() throws InterruptedException {
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicReference<Boolean> flag = new AtomicReference<>();
    Thread caller =
        Thread.ofPlatform()
            .start(
                () -> {
                  try {
                    runner.run(ProcessCommand.of(work, Duration.ofSeconds(10), AGENT, "hang"));
                  } catch (RuntimeException e) {
                    thrown.set(e);
                    flag.set(Thread.currentThread().isInterrupted());
                  }
                });
    Thread.sleep(300);
    caller.interrupt();
    caller.join(Duration.ofSeconds(2));

    assertThat(thrown.get())
        .isInstanceOf(ProcessInterruptedException.class)
        .hasMessageContaining("hang")
        .hasCauseInstanceOf(InterruptedException.class);
    assertThat(flag.get()).isTrue();
  }

  @Test
  void constructor_whenOutputLimitNotPositive_rejectsIt() {
    assertThatThrownBy(() -> new ProcessRunner(SecretScrubber.patternsOnly(), 0, GRACE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was 0");
  }

  @Test
  void run_withheldVariables_areNotInheritedButOthersAre() {
    ProcessResult result =
        runner.run(
            ProcessCommand.of(work, SHORT, AGENT, "env", "HOME", "PATH", "ADDED")
                .withEnvironment(Map.of("ADDED", "1"))
                .withoutVariables(Set.of("HOME")));

    assertThat(result.output()).isEqualTo("HOME=unset\nPATH=set\nADDED=set\n");
  }
}
