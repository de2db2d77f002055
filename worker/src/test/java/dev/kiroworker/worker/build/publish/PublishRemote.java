package dev.kiroworker.worker.build.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiroworker.handlers.scrub.SecretScrubber;
import dev.kiroworker.worker.build.process.ProcessCommand;
import dev.kiroworker.worker.build.process.ProcessResult;
import dev.kiroworker.worker.build.process.ProcessRunner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A bare repository with a feature branch, an author's working copy that can push to it behind the
 * build's back, and the build's clone of the branch, all in a temporary folder.
 */
final class PublishRemote {

  static final String BRANCH = "feature/login-form";

  private final ProcessRunner runner = new ProcessRunner(SecretScrubber.patternsOnly());
  private final Path bare;
  private final Path author;
  private final Path clone;

  private PublishRemote(Path folder) {
    this.bare = folder.resolve("remote.git");
    this.author = folder.resolve("author");
    this.clone = folder.resolve("workspace");
  }

  /** The remote with {@link #BRANCH}, and the build's clone of it. */
  static PublishRemote create(Path folder) {
    PublishRemote remote = new PublishRemote(folder);
    remote.setUp();
    return remote;
  }

  String url() {
    return bare.toString();
  }

  Path workspace() {
    return clone;
  }

  /** Commits a new file in the build's clone, as the implement step does; returns the SHA. */
  String commitInClone(String file) {
    return commitIn(clone, file);
  }

  /** Commits a new file in the working copy {@code folder}; returns the SHA. */
  String commitIn(Path folder, String file) {
    identity(folder);
    write(folder.resolve(file), "work\n");
    git(folder, "add", "--", file);
    git(folder, "commit", "-m", "feat: " + file);
    return head(folder);
  }

  /** Someone else pushes a commit to {@link #BRANCH}; returns its SHA. */
  String pushFromAuthor(String file) {
    write(author.resolve(file), "theirs\n");
    git(author, "add", "--", file);
    git(author, "commit", "-m", "feat: " + file);
    git(author, "push", "origin", BRANCH);
    return head(author);
  }

  /** Where {@link #BRANCH} is on the remote. */
  String remoteHead() {
    return git(bare, "rev-parse", "refs/heads/" + BRANCH).output().strip();
  }

  /**
   * Installs the test hook {@code name} (from {@code publish/hooks/}) as the remote's pre-receive.
   */
  void installPreReceive(String name) {
    Path hook = bare.resolve("hooks").resolve("pre-receive");
    try (InputStream in = getClass().getResourceAsStream("/publish/hooks/" + name)) {
      assertThat(in).as("hook %s", name).isNotNull();
      Files.copy(in, hook, StandardCopyOption.REPLACE_EXISTING);
      Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes the {@code drop-connection} hook drop the next {@code count} pushes. */
  void dropConnections(int count) {
    installPreReceive("drop-connection");
    write(bare.resolve("drops-left"), count + "\n");
  }

  private void setUp() {
    mkdirs(author);
    git(bare.getParent(), "init", "--bare", "--initial-branch=main", bare.toString());
    git(author, "init", "--initial-branch=main");
    identity(author);
    write(author.resolve("README.md"), "# demo\n");
    git(author, "add", "README.md");
    git(author, "commit", "-m", "chore: start");
    git(author, "remote", "add", "origin", bare.toString());
    git(author, "checkout", "-b", BRANCH);
    git(author, "push", "origin", "main", BRANCH);
    git(bare.getParent(), "clone", "--branch=" + BRANCH, "--", bare.toString(), clone.toString());
    identity(clone);
  }

  private void identity(Path folder) {
    git(folder, "config", "user.name", "Test");
    git(folder, "config", "user.email", "test@example.com");
  }

  private String head(Path folder) {
    return git(folder, "rev-parse", "HEAD").output().strip();
  }

  ProcessResult git(Path folder, String... arguments) {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(arguments));
    ProcessResult result =
        runner.run(new ProcessCommand(command, folder, Map.of(), Duration.ofMinutes(1)));
    assertThat(result.succeeded()).as("%s: %s", command, result.output()).isTrue();
    return result;
  }

  private static void write(Path file, String text) {
    mkdirs(file.getParent());
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void mkdirs(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
