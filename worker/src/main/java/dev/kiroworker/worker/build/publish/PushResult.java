package dev.kiroworker.worker.build.publish;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.handlers.json.JsonMapper;
import java.util.Objects;

/**
 * How the push ended; its JSON form is the summary's {@code publish} section.
 *
 * @param pushed whether the remote branch is at {@code commitSha} now (also when it already was)
 * @param upToDate whether the remote branch already was at {@code commitSha}, so nothing was sent
 * @param attempts how many times {@code git push} ran
 * @param commitSha the commit pushed, the clone's {@code HEAD}
 * @param remoteBranch the ref pushed to, {@code refs/heads/<branch>}
 * @param failure why the last attempt failed; null when pushed
 * @param error a scrubbed message for people; null when pushed
 */
public record PushResult(
    boolean pushed,
    boolean upToDate,
    int attempts,
    String commitSha,
    String remoteBranch,
    PushFailure failure,
    String error) {

  public PushResult {
    Objects.requireNonNull(commitSha, "commitSha");
    Objects.requireNonNull(remoteBranch, "remoteBranch");
    if (pushed != (failure == null)) {
      throw new IllegalArgumentException("a push either succeeded or has a failure, not both");
    }
  }

  static PushResult succeeded(
      boolean upToDate, int attempts, String commitSha, String remoteBranch) {
    return new PushResult(true, upToDate, attempts, commitSha, remoteBranch, null, null);
  }

  static PushResult failed(
      int attempts, String commitSha, String remoteBranch, PushFailure failure, String error) {
    return new PushResult(
        false,
        false,
        attempts,
        commitSha,
        remoteBranch,
        Objects.requireNonNull(failure, "failure"),
        Objects.requireNonNull(error, "error"));
  }

  /** The summary's {@code publish} section. */
  public ObjectNode toJson() {
    ObjectNode section = JsonMapper.shared().createObjectNode();
    section.put("pushed", pushed);
    section.put("upToDate", upToDate);
    section.put("attempts", attempts);
    section.put("commitSha", commitSha);
    section.put("remoteBranch", remoteBranch);
    if (failure != null) {
      section.put("failure", failure.name());
      section.put("error", error);
    }
    return section;
  }
}
