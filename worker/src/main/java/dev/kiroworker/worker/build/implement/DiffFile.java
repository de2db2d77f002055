package dev.kiroworker.worker.build.implement;

import dev.kiroworker.handlers.scrub.SecretScrubber;
import dev.kiroworker.worker.build.git.GitException;
import dev.kiroworker.worker.build.process.ProcessCommand;
import dev.kiroworker.worker.build.process.ProcessResult;
import dev.kiroworker.worker.build.process.ProcessRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Writes the build's {@code diff.patch}: {@code git diff <start> HEAD} in the clone, scrubbed line
 * by line and capped, with a note at the top when it was cut. It does not go through the step's
 * log: a whole diff in the log would only bury the agent's output.
 */
final class DiffFile {

  /** The most characters kept; a larger diff keeps its last part. */
  static final int LIMIT = 5 * 1024 * 1024;

  private static final Duration TIMEOUT = Duration.ofMinutes(5);

  private DiffFile() {}

  /** Writes the diff of {@code clone} from {@code startSha} to HEAD into {@code file}. */
  static void write(Path clone, String startSha, Path file, SecretScrubber scrubber, int limit) {
    ProcessRunner runner = new ProcessRunner(scrubber, limit, ProcessRunner.DEFAULT_GRACE);
    // Textconv and external diff drivers are programs named in the clone's config, which the
    // agent could have written; the diff must not run them.
    ProcessCommand command =
        new ProcessCommand(
                List.of(
                    "git",
                    "diff",
                    "--no-color",
                    "--no-ext-diff",
                    "--no-textconv",
                    startSha,
                    "HEAD",
                    "--"),
                clone,
                Map.of(),
                TIMEOUT)
            .withoutVariables(AgentEnvironment.WITHHELD);
    ProcessResult result = runner.run(command);
    if (!result.succeeded()) {
      throw new GitException(
          "Cannot write the diff (git exited " + result.exitCode() + ").", result);
    }
    String text =
        result.truncated()
            ? "# diff.patch was cut: the changes are larger than "
                + limit
                + " characters and only their end is kept. Run git diff "
                + startSha
                + " on the branch for all of it.\n"
                + result.output()
            : result.output();
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }
}
