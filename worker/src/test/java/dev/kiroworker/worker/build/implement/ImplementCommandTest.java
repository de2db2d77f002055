package dev.kiroworker.worker.build.implement;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.json.JsonMapper;
import dev.kiroworker.worker.KiroWorker;
import dev.kiroworker.worker.build.BuildVariables;
import dev.kiroworker.worker.cli.Console;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImplementCommandTest {

  private static final String API_KEY = "kiro-secret-key-abcdef012345";
  private static final String GITHUB_TOKEN = "github-token-value-9876543210";
  private static final String PATTERN_TOKEN = "ghp_abcdefghijklmnopqrstuvwxyz0123456789";

  @TempDir Path folder;

  private final Map<String, String> variables = new HashMap<>();
  private String out;
  private String err;

  @Test
  void implement_whenAgentCompletesEveryTask_writesSummaryDiffAndLog() throws IOException {
    SpecClone clone = clone("tasks.md");
    agent(Agents.fake("change", AgentCommand.PROMPT));
    variables.put(
        BuildVariables.AGENT_PREFLIGHT,
        JsonMapper.shared().writeValueAsString(Agents.fake("noop")));

    int exitCode = run();

    assertThat(exitCode).as(err).isZero();
    assertThat(out).isEqualTo("implement: DONE; completed 2.1, 2.2, 3; 0 open tasks left\n");
    JsonNode section = summary().get("implement");
    assertThat(section.get("agent").asText()).isEqualTo("fake-agent.sh");
    assertThat(section.at("/preflight/ran").asBoolean()).isTrue();
    assertThat(section.at("/preflight/exitCode").asInt()).isZero();
    assertThat(section.get("tasks")).hasSize(3);
    assertThat(section.at("/tasks/0/id").asText()).isEqualTo("2.1");
    assertThat(section.at("/tasks/0/title").asText()).isEqualTo("Write the greeter");
    assertThat(section.at("/tasks/0/outcome").asText()).isEqualTo("COMPLETED");
    assertThat(section.at("/tasks/2/commitSha").asText()).isEqualTo(clone.head());
    assertThat(section.get("completed").toString()).isEqualTo("[\"2.1\",\"2.2\",\"3\"]");
    assertThat(section.get("remaining").asInt()).isZero();
    assertThat(section.get("stoppedBecause").asText()).isEqualTo("DONE");
    assertThat(section.get("partial").asBoolean()).isFalse();
    assertThat(section.get("message").isNull()).isTrue();
    String diff = Files.readString(output("diff.patch"));
    assertThat(diff)
        .contains("+++ b/IMPLEMENTED.md")
        .contains("-  - [ ] 2.1 Write the greeter")
        .contains("+  - [x] 2.1 Write the greeter");
    assertThat(Files.readString(output("logs/implement.log")))
        .contains("$ fake-agent.sh ... (task 2.1 Write the greeter)")
        .contains("implement: DONE;");
  }

  @Test
  void implement_whenAgentLeaksSecrets_noLogSummaryOrConsoleShowsThem() throws IOException {
    clone("tasks.md");
    agent(Agents.fake("leak", AgentCommand.PROMPT));

    int exitCode = run();

    assertThat(exitCode).isEqualTo(1);
    String log = Files.readString(output("logs/implement.log"));
    assertThat(log).contains("token ***").contains("key ***");
    for (String text : List.of(log, out, err, Files.readString(output("summary.json")))) {
      assertThat(text).doesNotContain(API_KEY).doesNotContain(PATTERN_TOKEN);
    }
    assertThat(summary().at("/implement/stoppedBecause").asText()).isEqualTo("NO_CHANGE");
  }

  @Test
  void implement_whenAgentWritesSecretsIntoFiles_theDiffIsScrubbed() throws IOException {
    clone("tasks.md");
    variables.put(BuildVariables.TASK_LIMIT, "1");
    agent(
        Agents.script(
            "printf 'key=%s\\ntoken=" + PATTERN_TOKEN + "\\n' \"$KIRO_API_KEY\" > LEAK.md"));

    assertThat(run()).as(err).isZero();

    String diff = Files.readString(output("diff.patch"));
    assertThat(diff).contains("+key=***").contains("+token=***");
    assertThat(diff).doesNotContain(API_KEY).doesNotContain(PATTERN_TOKEN);
  }

  @Test
  void implement_hostileTitle_reachesTheAgentVerbatimAsOneArgumentAndRunsNothing()
      throws IOException {
    SpecClone clone = clone("hostile.md");
    agent(Agents.fake("change", AgentCommand.PROMPT));

    assertThat(run()).as(err).isZero();

    String title = "Quote `rm -rf /` and $(touch pwned) verbatim";
    // change appends its last argument: the whole prompt arrived there, not a split piece.
    assertThat(clone.read("IMPLEMENTED.md"))
        .startsWith("- implemented: You are implementing one task of the Kiro spec")
        .contains("Task 1: " + title + "\n")
        .contains("Also ; touch pwned2 && echo `touch pwned3`")
        .contains("- Do not commit, push or switch branches");
    assertThat(clone.subjects().getFirst()).isEqualTo("feat(greeting-service): 1 " + title);
    for (String name : List.of("pwned", "pwned2", "pwned3")) {
      assertThat(clone.folder().resolve(name)).doesNotExist();
      assertThat(Path.of(name)).doesNotExist();
    }
  }

  @Test
  void implement_echoAgent_getsThePromptBetweenItsFixedArguments() throws IOException {
    clone("hostile.md");
    agent(Agents.fake("echo", "first", AgentCommand.PROMPT, "last"));

    assertThat(run()).isEqualTo(1);

    List<String> lines = Files.readAllLines(output("logs/implement.log"));
    int first = lines.indexOf("first");
    assertThat(first).isNotNegative();
    assertThat(lines.get(first + 1)).startsWith("You are implementing one task");
    assertThat(lines).contains("Task 1: Quote `rm -rf /` and $(touch pwned) verbatim");
    assertThat(lines.subList(first, lines.size())).contains("last");
    assertThat(out).contains("NO_CHANGE");
  }

  @Test
  void implement_whenPreflightFails_exits1WithAPlainReason() throws IOException {
    clone("tasks.md");
    agent(Agents.fake("change", AgentCommand.PROMPT));
    variables.put(
        BuildVariables.AGENT_PREFLIGHT,
        JsonMapper.shared().writeValueAsString(Agents.fake("fail")));

    assertThat(run()).isEqualTo(1);

    assertThat(out)
        .contains("implement: PREFLIGHT_FAILED; completed none; 3 open tasks left;")
        .contains("the agent is not signed in or its API key was refused: ");
    JsonNode section = summary().get("implement");
    assertThat(section.at("/preflight/exitCode").asInt()).isEqualTo(1);
    assertThat(section.get("partial").asBoolean()).isTrue();
    assertThat(Files.readString(output("diff.patch"))).isEmpty();
  }

  @Test
  void implement_whenAgentCommandInvalid_exits3BeforeAnythingRuns() {
    clone("tasks.md");
    variables.put(BuildVariables.AGENT_COMMAND, "[\"kiro-cli\",\"chat\"]");

    assertThat(run()).isEqualTo(3);

    assertThat(err)
        .contains(
            "implement: The environment variable KIRO_AGENT_COMMAND must have exactly one element"
                + " that is {prompt}");
    assertThat(folder.resolve("out")).doesNotExist();
  }

  @Test
  void implement_whenWorkspaceIsNotAClone_exits3() {
    variables.put(BuildVariables.WORKSPACE, folder.resolve("nothing").toString());
    variables.put(BuildVariables.BRANCH, "feature/x");

    assertThat(run()).isEqualTo(3);

    assertThat(err).contains("is not a git clone; run kiro-worker build checkout first");
  }

  @Test
  void implement_whenGitFails_exits1WithGitsReason() throws IOException {
    Path empty = folder.resolve("unborn");
    Files.createDirectories(empty.resolve(SpecClone.SPEC));
    Files.writeString(empty.resolve(SpecClone.SPEC).resolve("tasks.md"), "- [ ] 1. One\n");
    new ProcessBuilder("git", "init", "-q", empty.toString()).inheritIO().start().onExit().join();
    variables.put(BuildVariables.WORKSPACE, empty.toString());
    variables.put(BuildVariables.SPEC_PATH, SpecClone.SPEC);
    variables.put(BuildVariables.OUTPUT_DIR, folder.resolve("out").toString());

    assertThat(run()).isEqualTo(1);

    assertThat(err).contains("implement: Cannot read HEAD.");
  }

  private SpecClone clone(String tasks) {
    SpecClone clone = SpecClone.withTasks(folder.resolve("clone"), tasks);
    variables.put(BuildVariables.WORKSPACE, clone.folder().toString());
    variables.put(BuildVariables.OUTPUT_DIR, folder.resolve("out").toString());
    variables.put(BuildVariables.SPEC_PATH, SpecClone.SPEC);
    variables.put(BuildVariables.AGENT_PREFLIGHT, "[]");
    variables.put(BuildVariables.KIRO_API_KEY, API_KEY);
    variables.put(BuildVariables.GITHUB_TOKEN, GITHUB_TOKEN);
    return clone;
  }

  private void agent(List<String> command) {
    variables.put(
        BuildVariables.AGENT_COMMAND,
        command.stream()
            .map(argument -> JsonMapper.shared().getNodeFactory().textNode(argument).toString())
            .collect(Collectors.joining(",", "[", "]")));
  }

  private int run() {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    Console console =
        new Console(
            new PrintStream(stdout, true, UTF_8),
            new PrintStream(stderr, true, UTF_8),
            new ByteArrayInputStream(new byte[0]));
    int exitCode = KiroWorker.run(console, new BuildVariables(variables), "build", "implement");
    out = stdout.toString(UTF_8);
    err = stderr.toString(UTF_8);
    return exitCode;
  }

  private Path output(String file) {
    return folder.resolve("out").resolve(file);
  }

  private JsonNode summary() throws IOException {
    return JsonMapper.shared().readTree(output("summary.json").toFile());
  }
}
