package dev.kiroworker.worker.build.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.handlers.scrub.SecretScrubber;
import dev.kiroworker.worker.build.process.ProcessCommand;
import dev.kiroworker.worker.build.process.ProcessResult;
import dev.kiroworker.worker.build.process.ProcessRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckoutTest {

  private static final String TOKEN = "ghs_checkoutTestToken1234567890abcdef";

  @TempDir Path folder;

  private final List<String> log = new CopyOnWriteArrayList<>();
  private final List<ProcessCommand> ran = new CopyOnWriteArrayList<>();
  private final ProcessRunner runner = new ProcessRunner(SecretScrubber.patternsOnly());
  private Path clone;
  private Checkout checkout;

  @BeforeEach
  void setUp() {
    clone = folder.resolve("work/clone");
    CheckoutSettings settings =
        new CheckoutSettings("bot@example.com", Duration.ofMinutes(1), true);
    checkout =
        new Checkout(
            (command, lines) -> {
              ran.add(command);
              return runner.run(command, lines);
            },
            SecretScrubber.patternsOnly(),
            settings,
            log::add);
  }

  @Test
  void checkout_ofFeatureBranch_returnsHeadShaAndSpecFiles() {
    GitRemote remote = GitRemote.withSpec(folder);

    CheckoutResult result =
        checkout.checkout(CheckoutRequest.of(remote.url(), GitRemote.BRANCH, clone));

    assertThat(result.directory()).isEqualTo(clone);
    assertThat(result.branch()).isEqualTo(GitRemote.BRANCH);
    assertThat(result.headSha()).isEqualTo(remote.head()).hasSize(40);
    assertThat(result.specPath()).isEqualTo(GitRemote.SPEC);
    assertThat(result.specFiles())
        .containsExactly(
            GitRemote.SPEC + "/requirements.md",
            GitRemote.SPEC + "/design.md",
            GitRemote.SPEC + "/tasks.md");
    assertThat(remote.git(clone, "branch", "--show-current").output().strip())
        .isEqualTo(GitRemote.BRANCH);
  }

  @Test
  void checkout_setsCommitterIdentityInTheCloneOnly() {
    GitRemote remote = GitRemote.withSpec(folder);

    checkout.checkout(CheckoutRequest.of(remote.url(), GitRemote.BRANCH, clone));

    assertThat(remote.git(clone, "config", "--local", "user.name").output().strip())
        .isEqualTo("kiro-worker");
    assertThat(remote.git(clone, "config", "--local", "user.email").output().strip())
        .isEqualTo("bot@example.com");
  }

  @Test
  void checkout_intoExistingClone_fetchesAndResetsToTheNewHead() throws IOException {
    GitRemote remote = GitRemote.withSpec(folder);
    String first =
        checkout.checkout(CheckoutRequest.of(remote.url(), GitRemote.BRANCH, clone)).headSha();
    Files.writeString(clone.resolve("README.md"), "local change\n");
    Files.writeString(clone.resolve("stray.txt"), "untracked\n");
    String second = remote.pushCommit("src/more.txt");

    CheckoutResult result =
        checkout.checkout(CheckoutRequest.of(remote.url(), GitRemote.BRANCH, clone));

    assertThat(result.headSha()).isEqualTo(second).isNotEqualTo(first);
    assertThat(clone.resolve("src/more.txt")).exists();
    assertThat(clone.resolve("README.md")).hasContent("# demo");
    assertThat(clone.resolve("stray.txt")).doesNotExist();
    assertThat(ran).anySatisfy(command -> assertThat(command.arguments()).contains("fetch"));
  }

  @Test
  void checkout_ofMissingBranch_failsNamingIt() {
    GitRemote remote = GitRemote.withSpec(folder);

    assertThatThrownBy(
            () -> checkout.checkout(CheckoutRequest.of(remote.url(), "feature/absent", clone)))
        .isInstanceOf(CheckoutFailedException.class)
        .hasMessage(
            "The branch feature/absent does not exist on the remote; push it, or check its name.");
    assertThat(clone).doesNotExist();
  }

  @Test
  void checkout_ofUnreachableRemote_failsSayingSo() {
    String missing = folder.resolve("nowhere.git").toString();

    assertThatThrownBy(
            () -> checkout.checkout(CheckoutRequest.of(missing, GitRemote.BRANCH, clone)))
        .isInstanceOf(CheckoutFailedException.class)
        .hasMessageStartingWith(
            "Cannot reach the remote to look for feature/login-form. (git exited");
  }

  @ParameterizedTest
  @ValueSource(strings = {"requirements.md", "design.md", "tasks.md"})
  void checkout_withMissingSpecFile_failsNamingIt(String file) {
    GitRemote remote = GitRemote.withSpec(folder, file);

    assertThatThrownBy(
            () -> checkout.checkout(CheckoutRequest.of(remote.url(), GitRemote.BRANCH, clone)))
        .isInstanceOf(CheckoutFailedException.class)
        .hasMessage(
            "The branch feature/login-form has no "
                + GitRemote.SPEC
                + "/"
                + file
                + "; add it and push.");
  }

  @Test
  void checkout_withOtherSpecFolder_failsNamingEveryMissingFile() {
    GitRemote remote = GitRemote.withSpec(folder);
    CheckoutRequest request =
        CheckoutRequest.of(remote.url(), GitRemote.BRANCH, clone).withSpecPath(".kiro/specs/other");

    assertThatThrownBy(() -> checkout.checkout(request))
        .hasMessage(
            "The branch feature/login-form has no .kiro/specs/other/requirements.md,"
                + " .kiro/specs/other/design.md, .kiro/specs/other/tasks.md; add them and push.");
  }

  @Test
  void checkout_withToken_keepsItOutOfConfigArgumentsLogAndResult() throws IOException {
    GitRemote remote = GitRemote.withSpec(folder);

    CheckoutResult result =
        checkout.checkout(
            CheckoutRequest.of("file://" + remote.url(), GitRemote.BRANCH, clone).withToken(TOKEN));

    String header =
        java.util.Base64.getEncoder().encodeToString(("x-access-token:" + TOKEN).getBytes());
    String config = Files.readString(clone.resolve(".git/config"));
    assertThat(config).doesNotContain(TOKEN).doesNotContain(header).doesNotContain("extraheader");
    assertThat(log).isNotEmpty().noneMatch(line -> line.contains(TOKEN) || line.contains(header));
    assertThat(ran).isNotEmpty();
    assertThat(ran)
        .allSatisfy(
            command -> {
              assertThat(String.join(" ", command.arguments())).doesNotContain(TOKEN, header);
              assertThat(command.environment())
                  .containsEntry("GIT_TERMINAL_PROMPT", "0")
                  .containsEntry("GIT_CONFIG_VALUE_0", "AUTHORIZATION: basic " + header);
            });
    assertThat(result.toString()).doesNotContain(TOKEN);
    assertThat(remote.git(clone, "remote", "get-url", "origin").output().strip())
        .isEqualTo("file://" + remote.url());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"feature/$(rm -rf ~)", "-delete", "a..b", "x\ny", "../../etc", "a//b", "x.lock"})
  void checkout_withHostileBranch_runsNothing(String branch) {
    CheckoutRequest request =
        new CheckoutRequest(folder.toString(), branch, GitRemote.SPEC, clone, TOKEN);

    assertThatThrownBy(() -> checkout.checkout(request))
        .isInstanceOf(InvalidCheckoutInputException.class)
        .hasMessageStartingWith("The branch name '")
        .hasMessageNotContaining("\n");
    assertThat(ran).isEmpty();
    assertThat(clone.getParent()).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {"../../etc", ".kiro/specs/../../etc", ".kiro/specs/a b", "specs/x"})
  void checkout_withHostileSpecPath_runsNothing(String specPath) {
    CheckoutRequest request =
        new CheckoutRequest(folder.toString(), GitRemote.BRANCH, specPath, clone, null);

    assertThatThrownBy(() -> checkout.checkout(request))
        .isInstanceOf(InvalidCheckoutInputException.class)
        .hasMessageStartingWith("The spec path '");
    assertThat(ran).isEmpty();
    assertThat(clone.getParent()).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://user:pass@github.com/o/r.git",
        "ext::sh -c touch% /tmp/pwned",
        "--upload-pack=touch /tmp/pwned",
        "ssh://github.com/o/r.git"
      })
  void checkout_withHostileRemote_runsNothing(String remote) {
    CheckoutRequest request = CheckoutRequest.of(remote, GitRemote.BRANCH, clone);

    assertThatThrownBy(() -> checkout.checkout(request))
        .isInstanceOf(InvalidCheckoutInputException.class)
        .hasMessageStartingWith("The remote URL is not accepted")
        .hasMessageNotContaining("pass");
    assertThat(ran).isEmpty();
  }

  @Test
  void checkout_intoNonEmptyFolderThatIsNoClone_fails() throws IOException {
    GitRemote remote = GitRemote.withSpec(folder);
    Files.createDirectories(clone);
    Files.writeString(clone.resolve("keep.txt"), "mine\n");

    assertThatThrownBy(
            () -> checkout.checkout(CheckoutRequest.of(remote.url(), GitRemote.BRANCH, clone)))
        .isInstanceOf(CheckoutFailedException.class)
        .hasMessageContaining("is not empty and is not a git clone");
    assertThat(clone.resolve("keep.txt")).exists();
  }

  @Test
  void checkout_intoEmptyFolder_clones() throws IOException {
    GitRemote remote = GitRemote.withSpec(folder);
    Files.createDirectories(clone);

    CheckoutResult result =
        checkout.checkout(CheckoutRequest.of(remote.url(), GitRemote.BRANCH, clone));

    assertThat(result.headSha()).isEqualTo(remote.head());
  }

  @Test
  void checkout_whenGitTimesOut_failsNamingTheTimeout() {
    List<ProcessCommand> started = new CopyOnWriteArrayList<>();
    Checkout hanging =
        new Checkout(
            (command, lines) -> {
              started.add(command);
              return new ProcessResult(
                  command.arguments(),
                  ProcessResult.TIMED_OUT_EXIT_CODE,
                  true,
                  Duration.ZERO,
                  "",
                  false);
            },
            SecretScrubber.patternsOnly(),
            new CheckoutSettings("bot@example.com", Duration.ofMinutes(1), true),
            log::add);

    assertThatThrownBy(
            () -> hanging.checkout(CheckoutRequest.of(folder.toString(), GitRemote.BRANCH, clone)))
        .isInstanceOf(CheckoutFailedException.class)
        .hasMessage(
            "Cannot reach the remote to look for feature/login-form. (git did not finish within PT1M)");
    assertThat(started).hasSize(2);
  }

  @Test
  void publicConstructor_runsGitThroughTheRunner() {
    GitRemote remote = GitRemote.withSpec(folder);
    Checkout real =
        new Checkout(
            runner,
            SecretScrubber.patternsOnly(),
            CheckoutSettings.defaults().withLocalRemotes(),
            log::add);

    CheckoutResult result =
        real.checkout(CheckoutRequest.of(remote.url(), GitRemote.BRANCH, clone));

    assertThat(result.headSha()).isEqualTo(remote.head());
    assertThat(log).anyMatch(line -> line.startsWith("$ git clone"));
  }
}
