package dev.kiroworker.worker.build.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.handlers.scrub.SecretScrubber;
import dev.kiroworker.worker.build.BuildInputException;
import dev.kiroworker.worker.build.process.ProcessRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagingRepositoryTest {

  @TempDir Path folder;

  private final List<String> log = new CopyOnWriteArrayList<>();
  private PublishRemote remote;
  private Path scratch;

  @BeforeEach
  void setUp() throws IOException {
    remote = PublishRemote.create(folder);
    scratch = Files.createDirectories(folder.resolve("scratch"));
  }

  private StagingRepository copy(Path clone) {
    SecretScrubber scrubber = SecretScrubber.patternsOnly();
    return StagingRepository.copy(
        clone,
        PublishRemote.BRANCH,
        () -> Files.createTempDirectory(scratch, "staging-"),
        new ProcessRunner(scrubber),
        Duration.ofMinutes(1),
        scrubber,
        log::add);
  }

  @Test
  void copy_holdsTheHeadCommitInObjectsOfItsOwn() {
    String sha = remote.commitInClone("a.txt");

    try (StagingRepository staging = copy(remote.workspace())) {
      assertThat(staging.commit()).isEqualTo(sha);
      assertThat(staging.folder().resolve("objects/info/alternates")).doesNotExist();
      assertThat(staging.folder().resolve("hooks")).doesNotExist();
      // Every object of the history is readable without the clone.
      String objects =
          staging.git(Map.of()).run("rev-list", "--objects", "--missing=print", "HEAD").output();
      assertThat(objects).contains(sha).doesNotContain("?");
      assertThat(staging.git(Map.of()).run("rev-parse", "HEAD").output().strip()).isEqualTo(sha);
    }
  }

  @Test
  void git_readsNoConfigButTheStagingRepositorysOwn() throws IOException {
    Path home = Files.createDirectories(folder.resolve("home"));
    Files.writeString(home.resolve(".gitconfig"), "[core]\n\tsshCommand = agent-home\n");
    Path xdg = Files.createDirectories(folder.resolve("xdg/git"));
    Files.writeString(xdg.resolve("config"), "[core]\n\taskPass = agent-xdg\n");
    Path global = folder.resolve("global.config");
    Files.writeString(global, "[credential]\n\thelper = agent-global\n");
    remote.commitInClone("a.txt");

    try (StagingRepository staging = copy(remote.workspace())) {
      String config =
          staging
              .git(
                  Map.of(
                      "HOME", home.toString(),
                      "XDG_CONFIG_HOME", xdg.getParent().toString(),
                      "GIT_CONFIG_GLOBAL", global.toString()))
              .run("config", "--list", "--show-origin")
              .output();

      assertThat(config).contains("core.bare=true").doesNotContain("agent-");
      assertThat(config.lines())
          .allMatch(line -> line.startsWith("file:" + staging.folder().resolve("config")));
    }
  }

  @Test
  void close_removesTheFolder() {
    remote.commitInClone("a.txt");
    StagingRepository staging = copy(remote.workspace());

    staging.close();

    assertThat(staging.folder()).doesNotExist();
    assertThat(scratch).isEmptyDirectory();
  }

  @Test
  void close_whenTheFolderCannotBeRead_reportsItInsteadOfThrowing() {
    remote.commitInClone("a.txt");
    StagingRepository staging = copy(remote.workspace());
    staging.close();

    staging.close();

    assertThat(log).anyMatch(line -> line.startsWith("Could not remove the staging repository"));
  }

  @Test
  void copy_ofShallowFileWithGarbage_isRefusedAndRemovesTheFolder() throws IOException {
    Files.writeString(remote.workspace().resolve(".git/shallow"), "not a commit\n");

    assertThatThrownBy(() -> copy(remote.workspace()))
        .isInstanceOf(BuildInputException.class)
        .hasMessageContaining(".git/shallow holds something other than commit ids");
    assertThat(scratch).isEmptyDirectory();
  }

  @Test
  void copy_ofShallowThatIsAFolder_isRefused() throws IOException {
    Files.createDirectories(remote.workspace().resolve(".git/shallow"));

    assertThatThrownBy(() -> copy(remote.workspace()))
        .isInstanceOf(BuildInputException.class)
        .hasMessageContaining("cannot read .git/shallow");
  }

  @Test
  void copy_whenNoScratchFolderCanBeMade_saysSo() {
    assertThatThrownBy(
            () ->
                StagingRepository.copy(
                    remote.workspace(),
                    PublishRemote.BRANCH,
                    () -> {
                      throw new IOException("disk full");
                    },
                    new ProcessRunner(SecretScrubber.patternsOnly()),
                    Duration.ofMinutes(1),
                    SecretScrubber.patternsOnly(),
                    log::add))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("Cannot create a scratch folder for the push");
  }

  @Test
  void copy_ofShallowClone_keepsItsBoundary() throws IOException {
    remote.commitInClone("a.txt");
    remote.git(remote.workspace(), "push", "--quiet", "origin", PublishRemote.BRANCH);
    Path shallow = folder.resolve("shallow");
    remote.git(
        folder,
        "clone",
        "--quiet",
        "--depth=1",
        "--branch=" + PublishRemote.BRANCH,
        "file://" + remote.url(),
        shallow.toString());

    try (StagingRepository staging = copy(shallow)) {
      assertThat(staging.folder().resolve("shallow"))
          .hasSameTextualContentAs(shallow.resolve(".git/shallow"));
    }
    try (Stream<Path> left = Files.list(scratch)) {
      assertThat(left).isEmpty();
    }
  }
}
