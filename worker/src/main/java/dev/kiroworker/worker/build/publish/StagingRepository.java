package dev.kiroworker.worker.build.publish;

import dev.kiroworker.handlers.scrub.SecretScrubber;
import dev.kiroworker.worker.build.BuildInputException;
import dev.kiroworker.worker.build.git.GitException;
import dev.kiroworker.worker.build.git.GitRepository;
import dev.kiroworker.worker.build.process.ProcessRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A bare repository of our own in a scratch folder, holding a copy of the clone's {@code HEAD},
 * that the push runs from.
 *
 * <p>After the agent has run, everything in the clone's {@code .git} is the agent's: its config can
 * name programs git starts (fsmonitor, ssh, credential helper, askpass, a proxy) or send the push
 * elsewhere ({@code insteadOf}), and the push carries the token. So no git command runs in the
 * clone. Its {@code HEAD} is read from the files ({@link CloneHead}), its objects are borrowed
 * through {@code objects/info/alternates} and copied into a pack of our own by {@code repack -a},
 * and the borrowing is ended before the token is used. The objects are data: what git reads from
 * them is checked again by the remote when it receives them.
 *
 * <p>Every git command here reads only this repository's config: {@code GIT_CONFIG_NOSYSTEM} and
 * {@code GIT_CONFIG_GLOBAL=/dev/null} keep out {@code /etc/gitconfig} and {@code ~/.gitconfig},
 * which the agent may have been able to write too.
 */
final class StagingRepository implements AutoCloseable {

  private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}");

  private final Path folder;
  private final String commit;
  private final ProcessRunner runner;
  private final Duration timeout;
  private final SecretScrubber scrubber;
  private final Consumer<String> log;

  private StagingRepository(
      Path folder,
      String commit,
      ProcessRunner runner,
      Duration timeout,
      SecretScrubber scrubber,
      Consumer<String> log) {
    this.folder = folder.toAbsolutePath().normalize();
    this.commit = commit;
    this.runner = Objects.requireNonNull(runner, "runner");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.scrubber = Objects.requireNonNull(scrubber, "scrubber");
    this.log = Objects.requireNonNull(log, "log");
  }

  /**
   * Copies {@code clone}'s {@code HEAD} commit and its history into a new repository in a folder
   * from {@code scratch}, as {@code refs/heads/<branch>}, which its {@code HEAD} points at. Git's
   * commands and output go to {@code log}, scrubbed with {@code scrubber}.
   *
   * @throws BuildInputException when {@code HEAD} is not a commit or the objects cannot be copied;
   *     the scratch folder is removed again
   */
  static StagingRepository copy(
      Path clone,
      String branch,
      ScratchFolder scratch,
      ProcessRunner runner,
      Duration timeout,
      SecretScrubber scrubber,
      Consumer<String> log) {
    String commit = CloneHead.read(clone.resolve(".git"));
    StagingRepository staging =
        new StagingRepository(create(scratch), commit, runner, timeout, scrubber, log);
    try {
      staging.fill(clone, branch);
      return staging;
    } catch (RuntimeException e) {
      staging.close();
      throw e;
    }
  }

  /** The variables that make git use this repository and no config but its own. */
  Map<String, String> environment() {
    return Map.of(
        "GIT_DIR", folder.toString(),
        "GIT_CONFIG_NOSYSTEM", "1",
        "GIT_CONFIG_GLOBAL", "/dev/null");
  }

  /** Git in this repository with {@code extra} added to {@link #environment()}. */
  GitRepository git(Map<String, String> extra) {
    Map<String, String> environment = new HashMap<>(extra);
    environment.putAll(environment());
    return new GitRepository(runner, folder, environment, timeout, scrubber, log);
  }

  Path folder() {
    return folder;
  }

  /** The commit copied, the clone's {@code HEAD}, which this repository's {@code HEAD} is at. */
  String commit() {
    return commit;
  }

  /**
   * Removes the repository. A folder that cannot be removed is reported, not thrown: the push has
   * already ended one way or the other, and the build's container is discarded afterwards anyway.
   */
  @Override
  public void close() {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException | UncheckedIOException e) {
      log.accept("Could not remove the staging repository " + folder + ": " + e.getMessage());
    }
  }

  private void fill(Path clone, String branch) {
    Path gitDir = clone.resolve(".git");
    GitRepository git = git(Map.of());
    log.accept(
        "Copying "
            + commit
            + " into the staging repository "
            + folder
            + "; the push runs there, not in the clone, whose git config the agent could change.");
    require(clone, git, "init", "--quiet", "--bare", "--template=", "--initial-branch=" + branch);
    Path alternates = folder.resolve("objects/info/alternates");
    write(alternates, List.of(gitDir.resolve("objects").toAbsolutePath().toString()));
    copyShallow(clone);
    require(clone, git, "update-ref", "refs/heads/" + branch, commit);
    // Without -l, repack -a packs the borrowed objects too. Commit graphs and multi-pack indexes
    // are the clone's files; the objects are walked without them.
    require(
        clone,
        git,
        "-c",
        "core.commitGraph=false",
        "-c",
        "core.multiPackIndex=false",
        "repack",
        "-a",
        "-d",
        "--quiet");
    delete(alternates);
  }

  /**
   * A shallow clone's boundary commits have parents it does not have; git must know them, or the
   * copy fails on the missing parents.
   */
  private void copyShallow(Path clone) {
    Path shallow = clone.resolve(".git/shallow");
    if (!Files.exists(shallow)) {
      return;
    }
    try (Stream<String> lines = Files.lines(shallow)) {
      List<String> commits = lines.map(String::strip).filter(line -> !line.isEmpty()).toList();
      if (!commits.stream().allMatch(commit -> SHA.matcher(commit).matches())) {
        throw new BuildInputException(
            "The workspace "
                + clone
                + " has no commit that can be pushed: its .git/shallow holds"
                + " something other than commit ids.");
      }
      write(folder.resolve("shallow"), commits);
    } catch (IOException | UncheckedIOException e) {
      throw new BuildInputException(
          "The workspace " + clone + " has no commit that can be pushed: cannot read .git/shallow",
          e);
    }
  }

  private static void require(Path clone, GitRepository git, String... arguments) {
    try {
      git.require("Cannot copy it into the staging repository.", arguments);
    } catch (GitException e) {
      throw new BuildInputException(
          "The workspace " + clone + " has no commit that can be pushed: " + e.getMessage(), e);
    }
  }

  private static Path create(ScratchFolder scratch) {
    try {
      return Objects.requireNonNull(scratch.create(), "scratch folder");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a scratch folder for the push", e);
    }
  }

  private static void write(Path file, List<String> lines) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, lines);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot remove " + file, e);
    }
  }
}
