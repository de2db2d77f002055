package dev.kiroworker.handlers.pullrequest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.github.GitHubClient;
import dev.kiroworker.handlers.github.HttpMethod;
import dev.kiroworker.handlers.spec.RepositoryName;
import java.util.Map;
import java.util.Optional;

/**
 * The one results comment on a pull request (or issue), found again by {@link #MARKER} and edited
 * in place, so each run updates the same comment instead of adding another.
 */
final class ResultsComment {

  /** The hidden first line that marks kiro-worker's results comment. */
  static final String MARKER = "<!-- kiro-worker:results -->";

  /** 100 comments a page: a PR with more than 3000 comments is not one kiro-worker works on. */
  private static final int MAX_PAGES = 30;

  /** What was written: the comment and whether this run created it. */
  record Written(long id, String url, boolean created) {}

  private record Body(String body) {}

  private final GitHubClient github;

  ResultsComment(GitHubClient github) {
    this.github = github;
  }

  /**
   * Edits the marked comment on issue or pull request {@code number}, or creates it when there is
   * none. {@code body} must start with {@link #MARKER}.
   */
  Written write(RepositoryName repository, int number, String body) {
    String issue = "/repos/" + repository + "/issues/";
    Optional<JsonNode> existing = find(issue + number + "/comments");
    if (existing.isPresent()) {
      long id = existing.get().path("id").asLong();
      JsonNode edited =
          github.rest(HttpMethod.PATCH, issue + "comments/" + id, Map.of(), new Body(body)).body();
      return new Written(id, edited.path("html_url").asText(), false);
    }
    // Not retried after a 5xx or a timeout (see GitHubClient): the workflow's retry finds the
    // comment GitHub may have created by its marker and edits it.
    JsonNode created =
        github.rest(HttpMethod.POST, issue + number + "/comments", Map.of(), new Body(body)).body();
    return new Written(created.path("id").asLong(), created.path("html_url").asText(), true);
  }

  private Optional<JsonNode> find(String comments) {
    // startsWith, not contains: a reply quoting the comment holds the marker too, after "> ".
    return github.getAll(comments, Map.of("per_page", "100"), MAX_PAGES).stream()
        .filter(comment -> comment.path("body").asText().startsWith(MARKER))
        .findFirst();
  }
}
