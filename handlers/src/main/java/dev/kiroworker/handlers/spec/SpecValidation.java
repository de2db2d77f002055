package dev.kiroworker.handlers.spec;

import java.util.List;

/**
 * ValidateSpec's verdict for the IsSpecValid choice: valid, or the problems in plain sentences for
 * the PR comment.
 *
 * @param valid true when there are no problems
 * @param problems one sentence per problem, saying what to fix
 * @param specPath the spec folder checked; null when the input was refused before any request
 * @param pullRequest the open pull request from the branch; null when there is none
 * @param tasks the checkboxes of {@code tasks.md}; null when it could not be read
 * @param apiCalls the GitHub requests sent
 */
public record SpecValidation(
    boolean valid,
    List<String> problems,
    String specPath,
    PullRequest pullRequest,
    TaskCount tasks,
    int apiCalls) {

  /** The open pull request whose head is the feature branch. */
  public record PullRequest(int number, String url, String headSha) {}

  public SpecValidation {
    problems = List.copyOf(problems);
    if (valid != problems.isEmpty()) {
      throw new IllegalArgumentException("a spec is valid exactly when it has no problems");
    }
  }

  /** The verdict on an input refused before anything was sent. */
  static SpecValidation refused(List<String> problems) {
    return new SpecValidation(false, problems, null, null, null, 0);
  }
}
