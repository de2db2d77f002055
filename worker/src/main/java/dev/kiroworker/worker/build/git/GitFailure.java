package dev.kiroworker.worker.build.git;

import dev.kiroworker.handlers.scrub.SecretScrubber;
import dev.kiroworker.worker.build.process.ProcessResult;
import java.time.Duration;

/**
 * Why a git command failed, in the words every step puts after its own message: "(git did not
 * finish within PT10M)" or "(git exited 128: ...)" with the last 500 characters of git's scrubbed
 * output.
 */
public final class GitFailure {

  private static final int TAIL = 500;

  private GitFailure() {}

  /** The reason, with git's output as it printed it. */
  public static String reason(ProcessResult result, Duration timeout, SecretScrubber scrubber) {
    return describe(result, timeout, scrubber.scrub(result.output().strip()));
  }

  /** The reason on one line, for a log line or a summary field: git's lines joined by " / ". */
  public static String oneLineReason(
      ProcessResult result, Duration timeout, SecretScrubber scrubber) {
    return describe(
        result, timeout, scrubber.scrub(result.output().strip()).replaceAll("\\s*\\R\\s*", " / "));
  }

  private static String describe(ProcessResult result, Duration timeout, String output) {
    if (result.timedOut()) {
      return "(git did not finish within " + timeout + ")";
    }
    int start = Math.max(0, output.length() - TAIL);
    return "(git exited " + result.exitCode() + ": " + output.substring(start) + ")";
  }
}
