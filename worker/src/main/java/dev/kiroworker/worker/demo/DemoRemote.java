package dev.kiroworker.worker.demo;

import dev.kiroworker.handlers.scrub.SecretScrubber;
import dev.kiroworker.worker.build.process.ProcessCommand;
import dev.kiroworker.worker.build.process.ProcessResult;
import dev.kiroworker.worker.build.process.ProcessRunner;
import dev.kiroworker.worker.demo.github.DemoWorld;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The bare git repository {@code <server>/<owner>/<name>.git} the demo's build clones and pushes
 * to: {@code main} holds the node sample plus the world's {@code main} files, and every other
 * branch of the world adds its own files on top, so the remote holds what the GitHub stand-in says
 * it holds (a spec without {@code tasks.md} is missing in both).
 */
final class DemoRemote {

  private static final String MAIN = "main";

  private final ProcessRunner processes = new ProcessRunner(SecretScrubber.patternsOnly());
  private final Path bare;

  private DemoRemote(Path bare) {
    this.bare = bare;
  }

  /** Creates the remote for {@code world} under {@code server}, using {@code scratch} to commit. */
  static DemoRemote create(Path server, DemoWorld world, Path sample, Path scratch) {
    DemoRemote remote = new DemoRemote(server.resolve(world.nameWithOwner() + ".git"));
    remote.populate(world, sample, scratch);
    return remote;
  }

  /** A branch's commit subjects, newest first. */
  List<String> subjects(String branch) {
    return git(bare, "log", "--format=%s", branch).output().lines().toList();
  }

  private void populate(DemoWorld world, Path sample, Path work) {
    createDirectories(bare.getParent());
    createDirectories(work);
    git(work, "init", "--quiet", "--bare", "--initial-branch=" + MAIN, bare.toString());
    git(work, "init", "--quiet", "--initial-branch=" + MAIN);
    git(work, "remote", "add", "origin", bare.toString());
    copyTree(sample, work);
    write(work.resolve(".gitignore"), "node_modules/\ncoverage/\nreports/\n");
    List<DemoWorld.Branch> others = new ArrayList<>();
    for (DemoWorld.Branch branch : world.branches()) {
      if (branch.name().equals(MAIN)) {
        branch.files().forEach((path, text) -> write(work.resolve(path), text));
      } else {
        others.add(branch);
      }
    }
    commitAndPush(work, MAIN, "chore: start");
    for (DemoWorld.Branch branch : others) {
      git(work, "checkout", "--quiet", "-B", branch.name(), MAIN);
      branch.files().forEach((path, text) -> write(work.resolve(path), text));
      commitAndPush(work, branch.name(), "docs: spec");
    }
  }

  private void commitAndPush(Path work, String branch, String message) {
    git(work, "add", "--all");
    git(
        work,
        "-c",
        "user.name=Demo Author",
        "-c",
        "user.email=author@example.com",
        "commit",
        "--quiet",
        "--allow-empty",
        "-m",
        message);
    git(work, "push", "--quiet", "origin", branch);
  }

  private ProcessResult git(Path folder, String... arguments) {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(arguments));
    ProcessResult result =
        processes.run(new ProcessCommand(command, folder, Map.of(), Duration.ofMinutes(1)));
    if (!result.succeeded()) {
      throw new IllegalStateException(
          "The demo's git remote could not be set up; is git installed? "
              + command
              + " said: "
              + result.output());
    }
    return result;
  }

  private static void copyTree(Path from, Path to) {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        createDirectories(target.getParent());
        Files.copy(path, target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot copy " + from + " to " + to, e);
    }
  }

  private static void write(Path file, String text) {
    createDirectories(file.getParent());
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  private static void createDirectories(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create " + folder, e);
    }
  }
}
