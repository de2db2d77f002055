package dev.kiroworker.worker.build.checkout;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A checked-out branch: the clone's folder, the branch, the commit it is at and the spec files.
 *
 * @param specFiles the spec's files relative to {@code directory}, in the order requirements,
 *     design, tasks
 */
public record CheckoutResult(
    Path directory, String branch, String headSha, String specPath, List<String> specFiles) {

  public CheckoutResult {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(branch, "branch");
    Objects.requireNonNull(headSha, "headSha");
    Objects.requireNonNull(specPath, "specPath");
    specFiles = List.copyOf(specFiles);
  }
}
