package dev.kiroworker.worker.build.git;

import dev.kiroworker.handlers.scrub.SecretScrubber;
import dev.kiroworker.worker.build.process.ProcessCommand;
import dev.kiroworker.worker.build.process.ProcessResult;
import dev.kiroworker.worker.build.process.ProcessRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs git in one clone for the steps after checkout (steering commit, task commits, diff, push):
 * always as an argument list, with the clone's environment (authentication, no prompts), a timeout
 * per command, and every echoed command and output line scrubbed before it is logged.
 */
public final class GitRepository {

  private final ProcessRunner runner;
  private final Path directory;
  private final Map<String, String> environment;
  private final Duration timeout;
  private final SecretScrubber scrubber;
  private final Consumer<String> log;
  private final Set<String> withheld;

  /**
   * @param environment variables for every git process, such as {@code GitAuth}'s
   * @param log receives each scrubbed command line and output line
   */
  public GitRepository(
      ProcessRunner runner,
      Path directory,
      Map<String, String> environment,
      Duration timeout,
      SecretScrubber scrubber,
      Consumer<String> log) {
    this(runner, directory, environment, timeout, scrubber, log, Set.of());
  }

  private GitRepository(
      ProcessRunner runner,
      Path directory,
      Map<String, String> environment,
      Duration timeout,
      SecretScrubber scrubber,
      Consumer<String> log,
      Set<String> withheld) {
    this.runner = Objects.requireNonNull(runner, "runner");
    this.directory = directory.toAbsolutePath().normalize();
    this.environment = Map.copyOf(environment);
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.scrubber = Objects.requireNonNull(scrubber, "scrubber");
    this.log = Objects.requireNonNull(log, "log");
    this.withheld = Set.copyOf(withheld);
  }

  /**
   * A copy whose git processes do not inherit {@code names}. After an agent has run, the clone's
   * {@code .git/config} may name programs git starts (filters, fsmonitor); secrets those git
   * commands do not need are kept out of their reach.
   */
  public GitRepository withoutVariables(Set<String> names) {
    return new GitRepository(runner, directory, environment, timeout, scrubber, log, names);
  }

  public Path directory() {
    return directory;
  }

  /** Runs {@code git <arguments>} in the clone and returns how it ended. */
  public ProcessResult run(String... arguments) {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(arguments));
    log.accept(scrubber.scrub("$ " + String.join(" ", command)));
    return runner.run(
        new ProcessCommand(command, directory, environment, timeout, withheld),
        line -> log.accept(scrubber.scrub(line)));
  }

  /**
   * Runs {@code git <arguments>}.
   *
   * @throws GitException with {@code failure} and git's scrubbed reason when git fails
   */
  public ProcessResult require(String failure, String... arguments) {
    ProcessResult result = run(arguments);
    if (!result.succeeded()) {
      throw new GitException(failure + " " + GitFailure.reason(result, timeout, scrubber), result);
    }
    return result;
  }

  /** The commit HEAD points at. */
  public String headSha() {
    return require("Cannot read HEAD.", "rev-parse", "--verify", "HEAD").output().strip();
  }

  /** Whether the work tree has any change, untracked files included. */
  public boolean hasChanges() {
    return !require("Cannot read the work tree's status.", "status", "--porcelain")
        .output()
        .isBlank();
  }

  /**
   * Stages every change and commits it with {@code message}. Hooks are turned off: the clone's
   * hooks folder is writable by the agent, and a commit must not run code it left there.
   */
  public String commitAll(String message) {
    require("Cannot stage the changes.", "add", "--all");
    require(
        "Cannot commit.",
        "-c",
        "core.hooksPath=/dev/null",
        "commit",
        "--no-verify",
        "--quiet",
        "--message",
        message);
    return headSha();
  }
}
