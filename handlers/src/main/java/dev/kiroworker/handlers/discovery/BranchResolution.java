package dev.kiroworker.handlers.discovery;

/**
 * Where an item's branch came out: a validated branch, or the reason the item is passed over.
 *
 * @param branch the validated branch; null when skipped
 * @param skipReason why the item is passed over; null when it has a branch
 */
record BranchResolution(String branch, String skipReason) {

  static BranchResolution of(String branch) {
    return BranchName.problem(branch)
        .map(problem -> skip("invalid branch name: " + problem))
        .orElseGet(() -> new BranchResolution(branch, null));
  }

  static BranchResolution skip(String reason) {
    return new BranchResolution(null, reason);
  }

  boolean resolved() {
    return branch != null;
  }
}
