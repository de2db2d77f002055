package dev.kiroworker.worker.build.publish;

import dev.kiroworker.handlers.scrub.SecretScrubber;
import dev.kiroworker.worker.build.BuildInputException;
import dev.kiroworker.worker.build.checkout.BranchName;
import dev.kiroworker.worker.build.checkout.GitAuth;
import dev.kiroworker.worker.build.checkout.InvalidCheckoutInputException;
import dev.kiroworker.worker.build.checkout.RemoteUrl;
import dev.kiroworker.worker.build.git.GitFailure;
import dev.kiroworker.worker.build.git.GitRepository;
import dev.kiroworker.worker.build.process.ProcessResult;
import dev.kiroworker.worker.build.process.ProcessRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

/**
 * Pushes a clone's {@code HEAD} to its feature branch, trying again after a transient failure with
 * exponential backoff. It never forces: no {@code --force}, no lease, no {@code +} refspec, so a
 * branch someone else moved is left alone and the push fails instead.
 *
 * <p>The push runs in a {@link StagingRepository}, a copy of the commit in a repository of our own,
 * never in the clone: after the agent has run, the clone's git config is the agent's, and the push
 * carries the token.
 *
 * <p>The retry is a plain loop rather than a Resilience4j {@code Retry}: the decision is made on a
 * result (git's exit and output), not on an exception, each attempt and wait is logged and counted
 * for the summary, and the wait goes through the injected {@link Sleeper}.
 */
public final class Push {

  private final ProcessRunner runner;
  private final SecretScrubber scrubber;
  private final PushSettings settings;
  private final Sleeper sleeper;
  private final DoubleSupplier random;
  private final Consumer<String> log;
  private final ScratchFolder scratch;

  /**
   * @param random numbers from 0 to 1 for the backoff's jitter
   * @param log receives each scrubbed git command, git output line and retry notice
   */
  public Push(
      ProcessRunner runner,
      SecretScrubber scrubber,
      PushSettings settings,
      Sleeper sleeper,
      DoubleSupplier random,
      Consumer<String> log) {
    this(runner, scrubber, settings, sleeper, random, log, ScratchFolder.system());
  }

  /** As above, staging the push in folders from {@code scratch}. */
  Push(
      ProcessRunner runner,
      SecretScrubber scrubber,
      PushSettings settings,
      Sleeper sleeper,
      DoubleSupplier random,
      Consumer<String> log,
      ScratchFolder scratch) {
    this.runner = Objects.requireNonNull(runner, "runner");
    this.scrubber = Objects.requireNonNull(scrubber, "scrubber");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.random = Objects.requireNonNull(random, "random");
    this.log = Objects.requireNonNull(log, "log");
    this.scratch = Objects.requireNonNull(scratch, "scratch");
  }

  /**
   * The git arguments (after {@code git}) that push {@code HEAD} to {@code branch}. They run in the
   * {@link StagingRepository}, which has no hooks; turning hooks off anyway keeps it so should a
   * hooks folder ever appear there.
   */
  static List<String> arguments(String remote, String branch) {
    return List.of(
        "-c",
        "core.hooksPath=/dev/null",
        "push",
        "--porcelain",
        "--no-verify",
        "--",
        remote,
        "HEAD:" + remoteBranch(branch));
  }

  /**
   * Pushes {@code clone}'s {@code HEAD} as {@code request} says.
   *
   * @return the outcome, pushed or failed; a failure is a result, not an exception
   * @throws BuildInputException when the remote or branch is refused or {@code clone} is not a git
   *     clone with a commit; no push has run
   */
  public PushResult push(Path clone, PushRequest request) {
    String remote;
    String branch;
    try {
      remote = RemoteUrl.check(request.remote(), settings.allowLocalRemote());
      branch = BranchName.check(request.branch());
    } catch (InvalidCheckoutInputException e) {
      throw new BuildInputException(e.getMessage(), e);
    }
    if (!Files.isDirectory(clone.resolve(".git"))) {
      throw new BuildInputException(
          "The workspace "
              + clone
              + " is not a git clone; the checkout step creates it (KIRO_WORKSPACE names it).");
    }
    GitAuth auth = GitAuth.of(request.token());
    SecretScrubber secrets = auth.scrubber(scrubber);
    try (StagingRepository staging =
        StagingRepository.copy(
            clone, branch, scratch, runner, settings.gitTimeout(), secrets, log)) {
      GitRepository git = staging.git(auth.environment(remote));
      return pushWithRetries(git, staging.commit(), remote, branch, secrets);
    }
  }

  private PushResult pushWithRetries(
      GitRepository git, String commitSha, String remote, String branch, SecretScrubber secrets) {
    List<String> arguments = arguments(remote, branch);
    for (int attempt = 1; ; attempt++) {
      ProcessResult result = git.run(arguments.toArray(String[]::new));
      if (result.succeeded()) {
        return PushResult.succeeded(
            upToDate(result, branch), attempt, commitSha, remoteBranch(branch));
      }
      PushFailure failure = PushClassifier.classify(result);
      if (!failure.retryable() || attempt > settings.retries()) {
        String error =
            message(
                branch,
                attempt,
                failure,
                GitFailure.oneLineReason(result, settings.gitTimeout(), secrets));
        log.accept(error);
        return PushResult.failed(attempt, commitSha, remoteBranch(branch), failure, error);
      }
      Duration wait = settings.backoff().delay(attempt, random.getAsDouble());
      log.accept(
          "Push attempt "
              + attempt
              + " failed with a transient error; trying again in "
              + wait.toMillis()
              + " ms.");
      sleeper.sleep(wait);
    }
  }

  private static String remoteBranch(String branch) {
    return "refs/heads/" + branch;
  }

  /** {@code --porcelain} marks a ref the remote already had at this commit with {@code =}. */
  private static boolean upToDate(ProcessResult result, String branch) {
    String marker = "=\tHEAD:" + remoteBranch(branch) + "\t";
    return result.output().lines().anyMatch(line -> line.startsWith(marker));
  }

  private static String message(String branch, int attempts, PushFailure failure, String reason) {
    return "Pushing "
        + branch
        + " failed after "
        + attempts
        + (attempts == 1 ? " attempt " : " attempts ")
        + reason
        + ". "
        + failure.advice(branch);
  }
}
