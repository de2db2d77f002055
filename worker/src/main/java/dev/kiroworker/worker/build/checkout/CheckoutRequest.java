package dev.kiroworker.worker.build.checkout;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to check out: the remote, the branch, its spec folder, the clone's folder and an optional
 * token (null for none). The values are checked by {@link Checkout} before git runs.
 */
public record CheckoutRequest(
    String remote, String branch, String specPath, Path directory, String token) {

  public CheckoutRequest {
    Objects.requireNonNull(remote, "remote");
    Objects.requireNonNull(branch, "branch");
    Objects.requireNonNull(specPath, "specPath");
    Objects.requireNonNull(directory, "directory");
  }

  /** A request without a token, for the spec folder named after {@code branch}. */
  public static CheckoutRequest of(String remote, String branch, Path directory) {
    return new CheckoutRequest(remote, branch, SpecPath.forBranch(branch), directory, null);
  }

  /** A copy that authenticates with {@code token}. */
  public CheckoutRequest withToken(String token) {
    return new CheckoutRequest(remote, branch, specPath, directory, token);
  }

  /** A copy for another spec folder. */
  public CheckoutRequest withSpecPath(String specPath) {
    return new CheckoutRequest(remote, branch, specPath, directory, token);
  }

  @Override
  public String toString() {
    // A record's default toString would print the token.
    return "CheckoutRequest[remote="
        + remote
        + ", branch="
        + BranchName.printable(branch)
        + ", specPath="
        + BranchName.printable(specPath)
        + ", directory="
        + directory
        + ", token="
        + (token == null ? "none" : "***")
        + "]";
  }
}
