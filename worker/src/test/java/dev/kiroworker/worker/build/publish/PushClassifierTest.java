package dev.kiroworker.worker.build.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiroworker.worker.build.process.ProcessResult;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PushClassifierTest {

  private static ProcessResult failed(String output) {
    return new ProcessResult(
        List.of("git", "push"), 128, false, Duration.ofSeconds(1), output, false);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "fatal: unable to access 'https://github.com/o/r.git/': Could not resolve host: github.com"
            + " | TRANSIENT",
        "fatal: unable to access 'https://h/': Failed to connect to h port 443: Connection timed"
            + " out | TRANSIENT",
        "fatal: unable to access 'https://h/': Connection reset by peer | TRANSIENT",
        "fatal: unable to access 'https://h/': Failed to connect to h port 443 after 0 ms:"
            + " Couldn't connect to server | TRANSIENT",
        "error: RPC failed; HTTP 502 curl 22 The requested URL returned error: 502 | TRANSIENT",
        "fatal: unable to access 'https://h/': The requested URL returned error: 503 | TRANSIENT",
        "error: RPC failed; HTTP 429 curl 22 | TRANSIENT",
        "fatal: early EOF | TRANSIENT",
        "send-pack: unexpected disconnect while reading sideband packet | TRANSIENT",
        "fatal: the remote end hung up unexpectedly | TRANSIENT",
        "fatal: unable to access 'https://h/': Operation timed out after 300000 milliseconds"
            + " | TRANSIENT",
        "fatal: unable to access 'https://h/': GnuTLS recv error (-110) | TRANSIENT",
        "fatal: unable to access 'https://h/': OpenSSL SSL_read: Connection was reset | TRANSIENT",
        "! [rejected]        HEAD -> b (non-fast-forward) | NON_FAST_FORWARD",
        "!\tHEAD:refs/heads/b\t[rejected] (fetch first) | NON_FAST_FORWARD",
        "remote: error: GH006: Protected branch update failed for refs/heads/b. | PROTECTED_BRANCH",
        "! [remote rejected] HEAD -> b (protected branch hook declined) | PROTECTED_BRANCH",
        "fatal: Authentication failed for 'https://github.com/o/r.git/' | AUTHENTICATION",
        "fatal: could not read Username for 'https://github.com': terminal prompts disabled"
            + " | AUTHENTICATION",
        "fatal: unable to access 'https://h/': The requested URL returned error: 403"
            + " | AUTHENTICATION",
        "remote: Permission to o/r.git denied to bot. | AUTHENTICATION",
        "remote: error: RPC failed; HTTP 503 | UNRECOGNISED",
        "fatal: '/tmp/x.git' does not appear to be a git repository | UNRECOGNISED",
        "error: something nobody has seen before | UNRECOGNISED"
      })
  void classify_readsGitsOwnLines(String output, PushFailure expected) {
    assertThat(PushClassifier.classify(failed(output))).isEqualTo(expected);
  }

  @Test
  void classify_ofATimedOutPush_isTransient() {
    ProcessResult timedOut =
        new ProcessResult(
            List.of("git", "push"),
            ProcessResult.TIMED_OUT_EXIT_CODE,
            true,
            Duration.ofMinutes(10),
            "",
            false);

    assertThat(PushClassifier.classify(timedOut)).isEqualTo(PushFailure.TRANSIENT);
  }

  @Test
  void classify_prefersAPermanentCauseOverANetworkLookingLine() {
    String output =
        "error: RPC failed; HTTP 403 curl 22 The requested URL returned error: 403\n"
            + "fatal: the remote end hung up unexpectedly";

    assertThat(PushClassifier.classify(failed(output))).isEqualTo(PushFailure.AUTHENTICATION);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "TRANSIENT | run the build again",
        "NON_FAST_FORWARD | never force-pushes",
        "AUTHENTICATION | GITHUB_TOKEN",
        "PROTECTED_BRANCH | is protected on the remote",
        "UNRECOGNISED | not retried"
      })
  void advice_saysWhatToDo(PushFailure failure, String expected) {
    assertThat(failure.advice("feature/x")).contains(expected);
  }

  @Test
  void onlyTransientFailuresAreRetryable() {
    assertThat(PushFailure.values())
        .filteredOn(PushFailure::retryable)
        .containsExactly(PushFailure.TRANSIENT);
  }
}
