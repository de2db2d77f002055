package dev.kiroworker.worker.build.publish;

import java.util.Objects;

/**
 * What to push: the clone's {@code HEAD} goes to {@code branch} on {@code remote}, authenticated
 * with {@code token} (null for none). The remote and branch are checked by {@link Push}.
 */
public record PushRequest(String remote, String branch, String token) {

  public PushRequest {
    Objects.requireNonNull(remote, "remote");
    Objects.requireNonNull(branch, "branch");
  }

  @Override
  public String toString() {
    // A record's default toString would print the token.
    return "PushRequest[remote="
        + remote
        + ", branch="
        + branch.replaceAll("\\p{Cntrl}", "?")
        + ", token="
        + (token == null ? "none" : "***")
        + "]";
  }
}
