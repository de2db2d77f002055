package dev.kiroworker.worker.build.publish;

/**
 * Why a push failed, as far as git's output tells: only {@link #TRANSIENT} is tried again. Each
 * permanent kind gets its own advice, because each has a different fix.
 */
public enum PushFailure {

  /** The network or the server failed (timeout, DNS, dropped connection, HTTP 5xx or 429). */
  TRANSIENT(true),

  /** The remote branch has commits this build does not have: someone else pushed to it. */
  NON_FAST_FORWARD(false),

  /** The remote refused the credentials (HTTP 401 or 403, no or a bad token). */
  AUTHENTICATION(false),

  /** A branch protection rule on the remote refused the update. */
  PROTECTED_BRANCH(false),

  /**
   * Anything else, such as a server-side hook refusing the push. Not retried: an error nobody has
   * seen before is more likely a bug or a rule than a network blip, and a retry would only hide it
   * for longer.
   */
  UNRECOGNISED(false);

  private final boolean retryable;

  PushFailure(boolean retryable) {
    this.retryable = retryable;
  }

  /** Whether pushing again, unchanged, can succeed. */
  public boolean retryable() {
    return retryable;
  }

  /** What the failure means for {@code branch} and what to do about it, in one sentence or two. */
  String advice(String branch) {
    return switch (this) {
      case TRANSIENT ->
          "The network or the git server kept failing; run the build again. This build's work is"
              + " in its diff.patch artifact.";
      case NON_FAST_FORWARD ->
          "The remote branch "
              + branch
              + " has commits this build does not have (someone else pushed to it). kiro-worker"
              + " never force-pushes, so nothing on the remote was overwritten; this build's work"
              + " is still in its diff.patch artifact, and the next build starts from the new"
              + " branch head.";
      case AUTHENTICATION ->
          "The remote refused the credentials. Check the GitHub token secret the buildspec reads"
              + " into GITHUB_TOKEN: it must be current and allowed to write the repository's"
              + " contents.";
      case PROTECTED_BRANCH ->
          "The branch "
              + branch
              + " is protected on the remote and refused the push. Give the work item an"
              + " unprotected feature branch, or relax the rule for it.";
      case UNRECOGNISED ->
          "git's error is not a known network failure, so it was not retried; the remote's"
              + " messages above say why it refused. This build's work is in its diff.patch"
              + " artifact.";
    };
  }
}
