package dev.kiroworker.worker.build.publish;

import dev.kiroworker.worker.build.process.ProcessResult;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a failed {@code git push}'s output and says which {@link PushFailure} it is.
 *
 * <p>Permanent causes are looked for first and in every line, since a retry cannot fix them. The
 * signs of a network failure are looked for only in the lines git itself printed, not in those
 * prefixed {@code remote:}: those are what a server-side hook chose to say, and a hook that prints
 * "HTTP 503" while it declines the push is refusing it, not a network failure.
 */
final class PushClassifier {

  private static final Pattern NON_FAST_FORWARD =
      Pattern.compile(
          "\\[rejected\\].*\\((non-fast-forward|fetch first)\\)|Updates were rejected because",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern PROTECTED_BRANCH =
      Pattern.compile(
          "GH006|protected branch hook declined|protected branch update failed",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern AUTHENTICATION =
      Pattern.compile(
          "Authentication failed|Permission denied|Permission to \\S+ denied"
              + "|could not read (Username|Password)|Invalid username or password"
              + "|returned error: 40[13]\\b|\\bHTTP 40[13]\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern TRANSIENT =
      Pattern.compile(
          "Could not resolve host|Temporary failure in name resolution"
              + "|Connection (timed out|reset|refused)|Operation timed out"
              + "|Failed to connect to|Couldn't connect to server|Empty reply from server"
              + "|RPC failed|early EOF|unexpected disconnect|remote end hung up"
              + "|transfer closed with outstanding read data"
              + "|returned error: (5\\d\\d|429)\\b|\\bHTTP (5\\d\\d|429)\\b"
              + "|GnuTLS recv error|gnutls_handshake|SSL_read|SSL_ERROR_SYSCALL|SSL_connect"
              + "|TLS connection was non-properly terminated",
          Pattern.CASE_INSENSITIVE);

  private PushClassifier() {}

  /** The kind of failure {@code result} shows; call only for a push that did not succeed. */
  static PushFailure classify(ProcessResult result) {
    if (result.timedOut()) {
      return PushFailure.TRANSIENT;
    }
    List<String> lines = result.output().lines().toList();
    if (anyMatch(lines, NON_FAST_FORWARD)) {
      return PushFailure.NON_FAST_FORWARD;
    }
    if (anyMatch(lines, PROTECTED_BRANCH)) {
      return PushFailure.PROTECTED_BRANCH;
    }
    if (anyMatch(lines, AUTHENTICATION)) {
      return PushFailure.AUTHENTICATION;
    }
    List<String> ownLines = lines.stream().filter(line -> !line.startsWith("remote:")).toList();
    if (anyMatch(ownLines, TRANSIENT)) {
      return PushFailure.TRANSIENT;
    }
    return PushFailure.UNRECOGNISED;
  }

  private static boolean anyMatch(List<String> lines, Pattern pattern) {
    return lines.stream().anyMatch(line -> pattern.matcher(line).find());
  }
}
