package dev.kiroworker.worker.build.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiroworker.handlers.scrub.SecretScrubber;
import dev.kiroworker.worker.build.process.ProcessCommand;
import dev.kiroworker.worker.build.process.ProcessResult;
import dev.kiroworker.worker.build.process.ProcessRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A bare repository in a temporary folder, with a working copy used to push branches to it. */
final class GitRemote {

  static final String BRANCH = "feature/login-form";
  static final String SPEC = ".kiro/specs/feature-login-form";

  private final ProcessRunner runner = new ProcessRunner(SecretScrubber.patternsOnly());
  private final Path bare;
  private final Path work;

  private GitRemote(Path folder) {
    this.bare = folder.resolve("remote.git");
    this.work = folder.resolve("author");
  }

  /** A remote with {@code main} and {@link #BRANCH} holding a spec without the files skipped. */
  static GitRemote withSpec(Path folder, String... skipped) {
    GitRemote remote = new GitRemote(folder);
    remote.create(List.of(skipped));
    return remote;
  }

  String url() {
    return bare.toString();
  }

  /** Pushes one more commit to {@link #BRANCH} and returns its SHA. */
  String pushCommit(String file) {
    write(work.resolve(file), "more\n");
    git(work, "add", "--", file);
    commit("feat: " + file);
    git(work, "push", "origin", BRANCH);
    return git(work, "rev-parse", "HEAD").output().strip();
  }

  String head() {
    return git(work, "rev-parse", "HEAD").output().strip();
  }

  private void create(List<String> skipped) {
    mkdirs(work);
    git(bare.getParent(), "init", "--bare", "--initial-branch=main", bare.toString());
    git(work, "init", "--initial-branch=main");
    write(work.resolve("README.md"), "# demo\n");
    git(work, "add", "README.md");
    commit("chore: start");
    git(work, "remote", "add", "origin", bare.toString());
    git(work, "push", "origin", "main");
    git(work, "checkout", "-b", BRANCH);
    for (String name : List.of("requirements.md", "design.md", "tasks.md")) {
      if (!skipped.contains(name)) {
        write(work.resolve(SPEC).resolve(name), "# " + name + "\n");
      }
    }
    write(work.resolve(SPEC).resolve("notes.txt"), "keeps the folder\n");
    git(work, "add", "--", ".kiro");
    commit("docs: spec");
    git(work, "push", "origin", BRANCH);
  }

  private void commit(String message) {
    git(work, "-c", "user.name=Test", "-c", "user.email=test@example.com", "commit", "-m", message);
  }

  ProcessResult git(Path folder, String... arguments) {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(arguments));
    ProcessResult result =
        runner.run(new ProcessCommand(command, folder, java.util.Map.of(), Duration.ofMinutes(1)));
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
