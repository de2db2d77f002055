package dev.kiroworker.worker.build.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiroworker.handlers.scrub.SecretScrubber;
import dev.kiroworker.worker.build.checkout.GitAuth;
import dev.kiroworker.worker.build.process.ProcessCommand;
import dev.kiroworker.worker.build.process.ProcessResult;
import dev.kiroworker.worker.build.process.ProcessRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing from a clone whose git config the agent has filled with programs and redirects. */
class PushFromAgentCloneTest {

  private static final String TOKEN = "ghs_agentCloneToken0123456789abcdefABCDEF";
  private static final String BASIC =
      Base64.getEncoder()
          .encodeToString(("x-access-token:" + TOKEN).getBytes(StandardCharsets.UTF_8));

  @TempDir Path folder;

  private final List<String> log = new CopyOnWriteArrayList<>();
  private final ProcessRunner runner = new ProcessRunner(SecretScrubber.patternsOnly());
  private PublishRemote remote;
  private AgentClone agent;
  private Path scratch;
  private Push push;

  @BeforeEach
  void setUp() throws Exception {
    remote = PublishRemote.create(folder);
    scratch = Files.createDirectories(folder.resolve("scratch"));
    SecretScrubber scrubber = SecretScrubber.patternsOnly();
    push =
        new Push(
            runner,
            scrubber,
            new PushSettings(Duration.ofMinutes(1), 3, Backoff.defaults(), true),
            wait -> {},
            () -> 0.5,
            log::add,
            () -> Files.createTempDirectory(scratch, "staging-"));
  }

  /** The agent's last commit, then its changes to the clone's config. */
  private String agentCommits() {
    String sha = remote.commitInClone("a.txt");
    agent = AgentClone.tamper(remote, folder);
    return sha;
  }

  @Test
  void agentConfig_whenGitRunsInTheClone_startsTheAgentsProgramsAndGetsTheToken()
      throws IOException {
    agentCommits();
    // The fixture is live: the same settings do fire when git runs in the clone.
    gitInClone("status");
    gitInClone("ls-remote", "https://agent.invalid/r.git");
    assertThat(agent.ran()).contains("fsmonitor", "ssh");
    agent.clear();

    // The push publish ran before: in the clone, hooks off, the token in its environment. It
    // goes to the decoy, whose hook gets the token (and declines the push).
    gitInClone(Push.arguments(remote.url(), PublishRemote.BRANCH).toArray(String[]::new));

    assertThat(agent.ran()).containsExactly("decoy");
    assertThat(agent.recorded()).contains(BASIC);
    assertThat(filesContaining(BASIC)).isNotEmpty();
  }

  @Test
  void push_fromATamperedClone_startsNoneOfTheAgentsProgramsAndReachesTheRealRemote()
      throws IOException {
    String sha = agentCommits();

    PushResult result =
        push.push(remote.workspace(), new PushRequest(remote.url(), PublishRemote.BRANCH, TOKEN));

    assertThat(result.pushed()).as(String.join("\n", log)).isTrue();
    assertThat(result.attempts()).isEqualTo(1);
    assertThat(result.commitSha()).isEqualTo(sha);
    assertThat(remote.remoteHead()).isEqualTo(sha);
    assertThat(remote.git(agent.decoy(), "for-each-ref").output()).isBlank();
    assertThat(agent.ran()).isEmpty();
    assertThat(String.join("\n", log)).doesNotContain(TOKEN, BASIC);
    assertThat(filesContaining(TOKEN)).isEmpty();
    assertThat(filesContaining(BASIC)).isEmpty();
  }

  @Test
  void push_fromATamperedClone_leavesNoStagingRepositoryBehind() throws Exception {
    agentCommits();

    push.push(remote.workspace(), new PushRequest(remote.url(), PublishRemote.BRANCH, TOKEN));

    try (var left = Files.list(scratch)) {
      assertThat(left).isEmpty();
    }
  }

  /**
   * The files anywhere under the test's folder (clone, remotes, agent, scratch) with {@code text}.
   */
  private List<Path> filesContaining(String text) throws IOException {
    byte[] needle = text.getBytes(StandardCharsets.UTF_8);
    try (Stream<Path> files = Files.walk(folder)) {
      List<Path> found = new ArrayList<>();
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (indexOf(Files.readAllBytes(file), needle) >= 0) {
          found.add(file);
        }
      }
      return found;
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** Runs git in the clone with the token's environment, as the push used to; may fail. */
  private ProcessResult gitInClone(String... arguments) {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(arguments));
    return runner.run(
        new ProcessCommand(
            command,
            remote.workspace(),
            GitAuth.of(TOKEN).environment(remote.url()),
            Duration.ofMinutes(1)));
  }
}
