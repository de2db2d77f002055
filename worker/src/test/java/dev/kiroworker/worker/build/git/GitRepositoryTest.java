package dev.kiroworker.worker.build.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.handlers.scrub.SecretScrubber;
import dev.kiroworker.worker.build.process.ProcessRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitRepositoryTest {

  private static final String SECRET = "s3cr3t-value-for-the-test";

  @TempDir Path folder;

  private final List<String> log = new ArrayList<>();
  private GitRepository git;

  @BeforeEach
  void init() {
    git =
        new GitRepository(
            new ProcessRunner(SecretScrubber.patternsOnly()),
            folder,
            Map.of("GIT_AUTHOR_DATE", "2026-01-01T00:00:00Z"),
            Duration.ofSeconds(30),
            SecretScrubber.of(List.of(SECRET)),
            log::add);
    git.require("init", "init", "--quiet", "--initial-branch=main");
    git.require("config", "config", "user.name", "test");
    git.require("config", "config", "user.email", "test@example.com");
  }

  @Test
  void commitAllCommitsEveryChangeAndReturnsTheNewHead() throws Exception {
    Files.writeString(folder.resolve("a.txt"), "a\n");
    assertThat(git.hasChanges()).isTrue();

    String sha = git.commitAll("feat(spec): 1 add a");

    assertThat(sha).matches("[0-9a-f]{40}").isEqualTo(git.headSha());
    assertThat(git.hasChanges()).isFalse();
    assertThat(git.run("log", "-1", "--format=%s").output().strip())
        .isEqualTo("feat(spec): 1 add a");
    assertThat(git.directory()).isEqualTo(folder.toAbsolutePath().normalize());
  }

  @Test
  void aCommitDoesNotRunHooksLeftInTheClone() throws Exception {
    Path hook = folder.resolve(".git/hooks/pre-commit");
    Files.writeString(
        hook, "#!/bin/sh\ntouch \"$(git rev-parse --git-dir)/../hook-ran\"\nexit 1\n");
    hook.toFile().setExecutable(true);
    Files.writeString(folder.resolve("b.txt"), "b\n");

    git.commitAll("feat(spec): 2 add b");

    assertThat(folder.resolve("hook-ran")).doesNotExist();
  }

  @Test
  void aFailureSaysWhatWasBeingDoneAndScrubsGitsReason() {
    assertThatThrownBy(() -> git.require("Cannot read " + SECRET + ".", "rev-parse", SECRET))
        .isInstanceOf(GitException.class)
        .hasMessageStartingWith("Cannot read " + SECRET + ". (git exited 128: ")
        .satisfies(
            e -> {
              String reason = e.getMessage().substring(e.getMessage().indexOf("(git exited"));
              assertThat(reason).doesNotContain(SECRET).contains(SecretScrubber.MASK);
              assertThat(((GitException) e).result().exitCode()).isEqualTo(128);
            });
    assertThat(log).isNotEmpty().noneMatch(line -> line.contains(SECRET));
  }

  @Test
  void aGitCommandThatOutlivesItsTimeoutIsReportedAsSuch() {
    GitRepository slow =
        new GitRepository(
            new ProcessRunner(SecretScrubber.patternsOnly()),
            folder,
            Map.of("GIT_EDITOR", "sleep 30;:"),
            Duration.ofMillis(300),
            SecretScrubber.patternsOnly(),
            line -> {});

    assertThatThrownBy(() -> slow.require("Cannot edit.", "commit", "--allow-empty", "-e"))
        .isInstanceOf(GitException.class)
        .hasMessage("Cannot edit. (git did not finish within PT0.3S)");
  }
}
