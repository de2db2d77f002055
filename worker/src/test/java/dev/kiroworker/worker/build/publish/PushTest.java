package dev.kiroworker.worker.build.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.handlers.scrub.SecretScrubber;
import dev.kiroworker.worker.build.BuildInputException;
import dev.kiroworker.worker.build.process.ProcessRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PushTest {

  private static final String TOKEN = "ghs_pushTestToken0123456789abcdefABCDEF";
  private static final String BASIC =
      Base64.getEncoder()
          .encodeToString(("x-access-token:" + TOKEN).getBytes(StandardCharsets.UTF_8));

  @TempDir Path folder;

  private final List<String> log = new CopyOnWriteArrayList<>();
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private PublishRemote remote;
  private Path scratch;
  private Push push;

  @BeforeEach
  void setUp() throws IOException {
    remote = PublishRemote.create(folder);
    scratch = Files.createDirectories(folder.resolve("scratch"));
    push = pushWith(new PushSettings(Duration.ofMinutes(1), 3, Backoff.defaults(), true));
  }

  private Push pushWith(PushSettings settings) {
    SecretScrubber scrubber = SecretScrubber.patternsOnly();
    // random 0.5 puts the jitter at its midpoint: the waits are exactly 2 s, 4 s, 8 s.
    return new Push(
        new ProcessRunner(scrubber),
        scrubber,
        settings,
        waits::add,
        () -> 0.5,
        log::add,
        () -> Files.createTempDirectory(scratch, "staging-"));
  }

  private PushRequest request() {
    return new PushRequest(remote.url(), PublishRemote.BRANCH, null);
  }

  @Test
  void push_ofNewCommit_movesTheRemoteBranchOnTheFirstAttempt() {
    String sha = remote.commitInClone("a.txt");

    PushResult result = push.push(remote.workspace(), request());

    assertThat(result.pushed()).isTrue();
    assertThat(result.upToDate()).isFalse();
    assertThat(result.attempts()).isEqualTo(1);
    assertThat(result.commitSha()).isEqualTo(sha);
    assertThat(result.remoteBranch()).isEqualTo("refs/heads/" + PublishRemote.BRANCH);
    assertThat(result.failure()).isNull();
    assertThat(remote.remoteHead()).isEqualTo(sha);
    assertThat(waits).isEmpty();
  }

  @Test
  void push_whenRemoteAlreadyAtHead_succeedsAsUpToDate() {
    String sha = remote.remoteHead();

    PushResult result = push.push(remote.workspace(), request());

    assertThat(result.pushed()).isTrue();
    assertThat(result.upToDate()).isTrue();
    assertThat(result.commitSha()).isEqualTo(sha);
  }

  @Test
  void push_afterOneDroppedConnection_succeedsOnTheSecondAttempt() {
    String sha = remote.commitInClone("a.txt");
    remote.dropConnections(1);

    PushResult result = push.push(remote.workspace(), request());

    assertThat(result.pushed()).isTrue();
    assertThat(result.attempts()).isEqualTo(2);
    assertThat(waits).containsExactly(Duration.ofSeconds(2));
    assertThat(remote.remoteHead()).isEqualTo(sha);
    // What git printed for the dropped connection, which is what the classifier saw.
    assertThat(log).anyMatch(line -> line.contains("remote end hung up unexpectedly"));
  }

  @Test
  void push_whenEveryAttemptDropsTheConnection_givesUpAfterFourAttempts() {
    String before = remote.remoteHead();
    remote.commitInClone("a.txt");
    remote.dropConnections(10);

    PushResult result = push.push(remote.workspace(), request());

    assertThat(result.pushed()).isFalse();
    assertThat(result.attempts()).isEqualTo(4);
    assertThat(result.failure()).isEqualTo(PushFailure.TRANSIENT);
    assertThat(result.error())
        .contains("failed after 4 attempts", "remote end hung up", "diff.patch");
    assertThat(waits)
        .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
    assertThat(remote.remoteHead()).isEqualTo(before);
  }

  @Test
  void push_whenSomeoneElsePushed_failsOnceAndSaysItNeverForces() {
    remote.commitInClone("ours.txt");
    String theirs = remote.pushFromAuthor("theirs.txt");

    PushResult result = push.push(remote.workspace(), request());

    assertThat(result.pushed()).isFalse();
    assertThat(result.attempts()).isEqualTo(1);
    assertThat(result.failure()).isEqualTo(PushFailure.NON_FAST_FORWARD);
    assertThat(result.error()).contains("never force-pushes", "diff.patch");
    assertThat(remote.remoteHead()).isEqualTo(theirs);
    assertThat(waits).isEmpty();
  }

  @Test
  void push_whenAHookDeclinesWithANetworkLookingMessage_isNotRetried() {
    remote.commitInClone("a.txt");
    remote.installPreReceive("declined-with-503");

    PushResult result = push.push(remote.workspace(), request());

    // The hook's "RPC failed; HTTP 503" reaches the client only as a remote: line.
    assertThat(log).anyMatch(line -> line.strip().equals("remote: error: RPC failed; HTTP 503"));
    assertThat(result.attempts()).isEqualTo(1);
    assertThat(result.failure()).isEqualTo(PushFailure.UNRECOGNISED);
    assertThat(result.error()).contains("pre-receive hook declined", "not retried");
  }

  @Test
  void push_toAProtectedBranch_failsOnceAndSaysSo() {
    remote.commitInClone("a.txt");
    remote.installPreReceive("protected-branch");

    PushResult result = push.push(remote.workspace(), request());

    assertThat(result.attempts()).isEqualTo(1);
    assertThat(result.failure()).isEqualTo(PushFailure.PROTECTED_BRANCH);
    assertThat(result.error()).contains("is protected on the remote");
  }

  @Test
  void push_copiesTheCommitThenRunsOnlyTheNonForcingPushCommand() {
    String sha = remote.commitInClone("a.txt");

    push.push(remote.workspace(), request());

    List<String> commands = log.stream().filter(line -> line.startsWith("$ git ")).toList();
    assertThat(commands)
        .containsExactly(
            "$ git init --quiet --bare --template= --initial-branch=" + PublishRemote.BRANCH,
            "$ git update-ref refs/heads/" + PublishRemote.BRANCH + " " + sha,
            "$ git -c core.commitGraph=false -c core.multiPackIndex=false repack -a -d --quiet",
            "$ git -c core.hooksPath=/dev/null push --porcelain --no-verify -- "
                + remote.url()
                + " HEAD:refs/heads/"
                + PublishRemote.BRANCH);
  }

  @Test
  void push_afterSuccess_removesTheStagingRepository() throws IOException {
    remote.commitInClone("a.txt");

    assertThat(push.push(remote.workspace(), request()).pushed()).isTrue();

    assertThat(log).anyMatch(line -> line.startsWith("Copying ") && line.contains("scratch"));
    assertThat(scratchLeft()).isEmpty();
  }

  @Test
  void push_afterFailedAttempts_removesTheStagingRepository() throws IOException {
    remote.commitInClone("a.txt");
    remote.dropConnections(10);

    assertThat(push.push(remote.workspace(), request()).attempts()).isEqualTo(4);

    assertThat(scratchLeft()).isEmpty();
  }

  @Test
  void push_whenHeadIsNotACommit_isRefusedAndRemovesTheStagingRepository() throws IOException {
    String tree = remote.git(remote.workspace(), "rev-parse", "HEAD^{tree}").output().strip();
    Files.writeString(remote.workspace().resolve(".git/HEAD"), tree + "\n");

    assertThatThrownBy(() -> push.push(remote.workspace(), request()))
        .isInstanceOf(BuildInputException.class)
        .hasMessageContaining("has no commit that can be pushed", "non-commit object");
    assertThat(scratchLeft()).isEmpty();
    assertThat(log).noneMatch(line -> line.startsWith("$ git") && line.contains(" push "));
  }

  @Test
  void push_whenHeadNamesAMissingObject_isRefused() throws IOException {
    Files.writeString(remote.workspace().resolve(".git/HEAD"), "0123456789".repeat(4) + "\n");

    assertThatThrownBy(() -> push.push(remote.workspace(), request()))
        .isInstanceOf(BuildInputException.class)
        .hasMessageContaining("has no commit that can be pushed");
    assertThat(scratchLeft()).isEmpty();
  }

  @Test
  void push_fromDetachedHeadWithPackedRefs_pushesTheHeadCommit() {
    String sha = remote.commitInClone("a.txt");
    remote.git(remote.workspace(), "pack-refs", "--all");
    remote.git(remote.workspace(), "checkout", "--quiet", "--detach");

    PushResult result = push.push(remote.workspace(), request());

    assertThat(result.pushed()).isTrue();
    assertThat(remote.remoteHead()).isEqualTo(sha);
  }

  @Test
  void push_fromAShallowClone_pushesTheNewCommit() {
    remote.commitInClone("a.txt");
    push.push(remote.workspace(), request());
    Path shallow = folder.resolve("shallow");
    remote.git(
        folder,
        "clone",
        "--quiet",
        "--depth=1",
        "--branch=" + PublishRemote.BRANCH,
        "file://" + remote.url(),
        shallow.toString());
    String sha = remote.commitIn(shallow, "b.txt");

    PushResult result = push.push(shallow, request());

    assertThat(result.pushed()).as(String.join("\n", log)).isTrue();
    assertThat(remote.remoteHead()).isEqualTo(sha);
  }

  @Test
  void push_fromACloneBorrowingObjects_copiesThemForReal() {
    Path borrowing = folder.resolve("borrowing");
    remote.git(
        folder,
        "clone",
        "--quiet",
        "--shared",
        "--branch=" + PublishRemote.BRANCH,
        remote.url(),
        borrowing.toString());
    String sha = remote.commitIn(borrowing, "b.txt");

    PushResult result = push.push(borrowing, request());

    assertThat(result.pushed()).as(String.join("\n", log)).isTrue();
    assertThat(remote.remoteHead()).isEqualTo(sha);
  }

  @Test
  void arguments_neverForce() {
    List<String> arguments = Push.arguments("https://github.com/o/r.git", "feature/x");

    assertThat(arguments)
        .doesNotContain("--force", "-f", "--force-with-lease", "--mirror", "--force-if-includes")
        .noneMatch(argument -> argument.startsWith("+") || argument.startsWith("--force"))
        .endsWith("--", "https://github.com/o/r.git", "HEAD:refs/heads/feature/x");
  }

  @Test
  void push_withTokenToAnUnreachableHttpsRemote_retriesAndNeverShowsTheToken() {
    // Port 1 on loopback refuses at once: a real https push failing the way a network outage does.
    Push https = pushWith(new PushSettings(Duration.ofMinutes(1), 3, Backoff.defaults(), false));
    remote.commitInClone("a.txt");

    PushResult result =
        https.push(
            remote.workspace(),
            new PushRequest("https://127.0.0.1:1/o/r.git", PublishRemote.BRANCH, TOKEN));

    assertThat(result.failure()).isEqualTo(PushFailure.TRANSIENT);
    assertThat(result.attempts()).isEqualTo(4);
    assertThat(String.join("\n", log) + result.error()).doesNotContain(TOKEN, BASIC);
  }

  @Test
  void push_whenGitPrintsTheAuthHeader_masksIt() {
    remote.installPreReceive("print-auth-header");
    remote.commitInClone("a.txt");

    PushResult result =
        push.push(remote.workspace(), new PushRequest(remote.url(), PublishRemote.BRANCH, TOKEN));

    assertThat(result.pushed()).isTrue();
    assertThat(log)
        .anyMatch(line -> line.strip().equals("remote: header: AUTHORIZATION: basic ***"));
    assertThat(String.join("\n", log)).doesNotContain(BASIC, TOKEN);
  }

  @Test
  void push_ofHostileBranch_isRefusedBeforeGitRuns() {
    assertThatThrownBy(
            () -> push.push(remote.workspace(), new PushRequest(remote.url(), "x;$(id)", null)))
        .isInstanceOf(BuildInputException.class)
        .hasMessageContaining("is not accepted");
    assertThat(log).isEmpty();
  }

  @Test
  void push_toLocalRemoteWhenNotAllowed_isRefused() {
    Push strict = pushWith(new PushSettings(Duration.ofMinutes(1), 3, Backoff.defaults(), false));

    assertThatThrownBy(() -> strict.push(remote.workspace(), request()))
        .isInstanceOf(BuildInputException.class)
        .hasMessageContaining("use https");
    assertThat(log).isEmpty();
  }

  @Test
  void push_fromAFolderThatIsNotAClone_isRefused() {
    assertThatThrownBy(() -> push.push(folder, request()))
        .isInstanceOf(BuildInputException.class)
        .hasMessageContaining("is not a git clone");
  }

  @Test
  void push_fromACloneWithoutCommits_isRefused() {
    Path empty = folder.resolve("empty");
    remote.git(folder, "init", "--quiet", empty.toString());

    assertThatThrownBy(() -> push.push(empty, request()))
        .isInstanceOf(BuildInputException.class)
        .hasMessageContaining("has no commit to push");
  }

  private List<Path> scratchLeft() throws IOException {
    try (Stream<Path> left = Files.list(scratch)) {
      return left.toList();
    }
  }

  @Test
  void pushRequest_toString_hidesTheToken() {
    assertThat(new PushRequest("https://github.com/o/r.git", "b", TOKEN).toString())
        .contains("token=***")
        .doesNotContain(TOKEN);
    assertThat(new PushRequest("/r.git", "b", null).toString()).contains("token=none");
  }
}
