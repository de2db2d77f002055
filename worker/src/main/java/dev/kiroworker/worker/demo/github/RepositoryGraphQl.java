package dev.kiroworker.worker.demo.github;

import static dev.kiroworker.worker.demo.github.GraphQlAnswer.object;
import static dev.kiroworker.worker.demo.github.GraphQlAnswer.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The repository's GraphQL documents: {@code SpecBranch} (the branch head, the three spec files
 * through {@code object(expression: "<branch>:<path>")}, the open pull requests from the branch)
 * and {@code IssueClosingPullRequests}.
 */
final class RepositoryGraphQl {

  private static final String REFS_HEADS = "refs/heads/";
  private static final int PULL_REQUESTS = 5;

  private final StandInState state;

  RepositoryGraphQl(StandInState state) {
    this.state = state;
  }

  StandInResponse specBranch(JsonNode variables) {
    GraphQlAnswer answer = new GraphQlAnswer();
    if (!state.isRepository(text(variables, "owner"), text(variables, "name"))) {
      return repositoryNotFound(answer, variables);
    }
    ObjectNode repository = answer.data().putObject("repository");
    repository.put("nameWithOwner", state.world().nameWithOwner());
    repository.set("ref", ref(text(variables, "qualifiedName")));
    repository.set("requirements", blob(text(variables, "requirementsPath"), false));
    repository.set("design", blob(text(variables, "designPath"), false));
    repository.set("tasks", blob(text(variables, "tasksPath"), true));
    ArrayNode nodes = repository.putObject("pullRequests").putArray("nodes");
    state.world().pullRequests().stream()
        .filter(pr -> pr.open() && pr.headRefName().equals(text(variables, "branch")))
        .limit(PULL_REQUESTS)
        .forEach(pr -> nodes.add(pullRequest(pr)));
    return answer.response();
  }

  StandInResponse issueClosingPullRequests(JsonNode variables) {
    GraphQlAnswer answer = new GraphQlAnswer();
    if (!state.isRepository(text(variables, "owner"), text(variables, "name"))) {
      return repositoryNotFound(answer, variables);
    }
    ObjectNode repository = answer.data().putObject("repository");
    int number = variables.path("number").asInt();
    if (state.issue(number).isEmpty()) {
      repository.putNull("issue");
      return answer
          .error(
              "NOT_FOUND",
              "issue",
              "Could not resolve to an Issue with the number of " + number + ".")
          .response();
    }
    // The stand-in links no pull request to an issue: issues resolve through the Branch field.
    repository.putObject("issue").putObject("closedByPullRequestsReferences").putArray("nodes");
    return answer.response();
  }

  private JsonNode ref(String qualifiedName) {
    String branch =
        qualifiedName.startsWith(REFS_HEADS) ? qualifiedName.substring(REFS_HEADS.length()) : "";
    if (!state.files().exists(branch)) {
      return NullNode.getInstance();
    }
    ObjectNode ref = object();
    ref.put("name", branch);
    ref.putObject("target").put("oid", state.files().head(branch));
    return ref;
  }

  /**
   * {@code object(expression: "<branch>:<path>")}: a Blob (with its text for {@code tasks.md}), a
   * Tree when the path is a folder, null when there is nothing there. Branch names cannot hold a
   * colon, so the first one separates branch and path.
   */
  private JsonNode blob(String expression, boolean withText) {
    int colon = expression.indexOf(':');
    if (colon < 0) {
      return NullNode.getInstance();
    }
    String branch = expression.substring(0, colon);
    String path = expression.substring(colon + 1);
    Optional<String> file = state.files().file(branch, path);
    if (file.isEmpty()) {
      return state.files().isFolder(branch, path)
          ? object().put("__typename", "Tree")
          : NullNode.getInstance();
    }
    ObjectNode blob = object();
    blob.put("__typename", "Blob");
    blob.put("byteSize", file.get().getBytes(StandardCharsets.UTF_8).length);
    if (withText) {
      blob.put("isTruncated", false);
      blob.put("text", file.get());
    }
    return blob;
  }

  private ObjectNode pullRequest(DemoWorld.PullRequest pr) {
    ObjectNode node = object();
    node.put("number", pr.number());
    node.put("url", state.htmlUrl(pr.number()));
    node.put("state", "OPEN");
    node.put("isDraft", false);
    node.put("isCrossRepository", false);
    node.put("headRefName", pr.headRefName());
    node.put(
        "headRefOid",
        state.files().exists(pr.headRefName()) ? state.files().head(pr.headRefName()) : null);
    node.put("baseRefName", pr.baseRefName());
    return node;
  }

  private static StandInResponse repositoryNotFound(GraphQlAnswer answer, JsonNode variables) {
    return answer
        .notFound(
            "repository",
            "Could not resolve to a Repository with the name '"
                + text(variables, "owner")
                + "/"
                + text(variables, "name")
                + "'.")
        .response();
  }
}
