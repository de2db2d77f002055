package dev.kiroworker.worker.build.checkout;

import dev.kiroworker.handlers.scrub.SecretScrubber;
import dev.kiroworker.worker.build.process.ProcessResult;
import dev.kiroworker.worker.build.process.ProcessRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Checks out a branch into a folder: a fresh clone, or a fetch and hard reset when the folder
 * already holds a clone, then the committer identity and a check that the spec is there. Every
 * input is validated before the first git command runs.
 */
public final class Checkout {

  private final GitCommands commands;
  private final SecretScrubber scrubber;
  private final CheckoutSettings settings;
  private final Consumer<String> log;

  /**
   * A checkout running git through {@code runner}, writing each scrubbed git line to {@code log}.
   */
  public Checkout(
      ProcessRunner runner,
      SecretScrubber scrubber,
      CheckoutSettings settings,
      Consumer<String> log) {
    this(runner::run, scrubber, settings, log);
  }

  Checkout(
      GitCommands commands,
      SecretScrubber scrubber,
      CheckoutSettings settings,
      Consumer<String> log) {
    this.commands = Objects.requireNonNull(commands, "commands");
    this.scrubber = Objects.requireNonNull(scrubber, "scrubber");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.log = Objects.requireNonNull(log, "log");
  }

  /**
   * Checks out {@code request}'s branch and returns where it is.
   *
   * @throws InvalidCheckoutInputException if the branch, spec path or remote is refused; no git
   *     command has run
   * @throws CheckoutFailedException if the branch is missing, git fails, or a spec file is missing
   */
  public CheckoutResult checkout(CheckoutRequest request) {
    String remote = RemoteUrl.check(request.remote(), settings.allowLocalRemote());
    String branch = BranchName.check(request.branch());
    String specPath = SpecPath.check(request.specPath());
    Path clone = request.directory().toAbsolutePath().normalize();
    GitAuth auth = GitAuth.of(request.token());
    GitSession git =
        new GitSession(
            commands,
            auth.environment(remote),
            settings.gitTimeout(),
            auth.scrubber(scrubber),
            log);
    Path parent = createParent(clone);
    requireBranch(git, parent, remote, branch);
    if (Files.isDirectory(clone.resolve(".git"))) {
      update(git, clone, remote, branch);
    } else {
      requireEmpty(clone);
      git.require(
          "Cannot clone " + branch + ".",
          parent,
          "clone",
          "--no-tags",
          "--single-branch",
          "--branch=" + branch,
          "--",
          remote,
          clone.toString());
    }
    git.require(
        "Cannot set the committer name.",
        clone,
        "config",
        "user.name",
        CheckoutSettings.COMMITTER_NAME);
    git.require(
        "Cannot set the committer e-mail.",
        clone,
        "config",
        "user.email",
        settings.committerEmail());
    ProcessResult head = git.require("Cannot read the head commit.", clone, "rev-parse", "HEAD");
    String headSha = head.output().strip();
    return new CheckoutResult(
        clone, branch, headSha, specPath, SpecFiles.verify(clone, branch, specPath));
  }

  private static void requireBranch(GitSession git, Path folder, String remote, String branch) {
    ProcessResult result =
        git.run(
            folder, "ls-remote", "--exit-code", "--heads", "--", remote, "refs/heads/" + branch);
    // ls-remote --exit-code exits 2 when the remote answered but has no such ref.
    if (result.exitCode() == 2 && !result.timedOut()) {
      throw new CheckoutFailedException(
          "The branch " + branch + " does not exist on the remote; push it, or check its name.");
    }
    if (!result.succeeded()) {
      git.require(
          "Cannot reach the remote to look for " + branch + ".",
          folder,
          "ls-remote",
          "--heads",
          "--",
          remote);
    }
  }

  /** Brings an existing clone to the remote branch's head, dropping any local change. */
  private static void update(GitSession git, Path clone, String remote, String branch) {
    String tracking = "refs/remotes/origin/" + branch;
    git.require(
        "Cannot point the clone at the remote.", clone, "remote", "set-url", "origin", remote);
    git.require(
        "Cannot fetch " + branch + ".",
        clone,
        "fetch",
        "--no-tags",
        "--force",
        "origin",
        "+refs/heads/" + branch + ":" + tracking);
    git.require(
        "Cannot check out " + branch + ".", clone, "checkout", "--force", "-B", branch, tracking);
    git.require("Cannot reset " + branch + ".", clone, "reset", "--hard", tracking);
    git.require("Cannot clean the clone.", clone, "clean", "-ffdx");
  }

  private static Path createParent(Path clone) {
    Path parent = clone.getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new CheckoutFailedException(
          "Cannot create the folder " + parent + ": " + e.getMessage());
    }
    return parent;
  }

  private static void requireEmpty(Path clone) {
    if (!Files.exists(clone)) {
      return;
    }
    try (Stream<Path> entries = Files.list(clone)) {
      if (entries.findAny().isPresent()) {
        throw new CheckoutFailedException(
            "The folder " + clone + " is not empty and is not a git clone; give an empty folder.");
      }
    } catch (IOException e) {
      throw new CheckoutFailedException("Cannot read the folder " + clone + ": " + e.getMessage());
    }
  }
}
