package dev.kiroworker.handlers.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads the {@code SpecBranch} answer into a verdict, one plain sentence per problem found. */
final class SpecBranchAnswer {

  private final SpecFiles files;
  private final JsonNode repository;
  private final List<String> problems = new ArrayList<>();

  private SpecBranchAnswer(SpecFiles files, JsonNode repository) {
    this.files = files;
    this.repository = repository;
  }

  /** The verdict on {@code repository}, the answer's {@code data.repository}. */
  static SpecValidation read(SpecFiles files, JsonNode repository, int apiCalls) {
    return new SpecBranchAnswer(files, repository).verdict(apiCalls);
  }

  private SpecValidation verdict(int apiCalls) {
    TaskCount tasks = null;
    // A missing branch has no files either; one sentence says it all.
    if (repository.path("ref").isObject()) {
      requireFile("requirements", "requirements.md");
      requireFile("design", "design.md");
      tasks = tasks();
    } else {
      problems.add(
          "The branch " + files.branch() + " does not exist in " + files.repository() + ".");
    }
    SpecValidation.PullRequest pullRequest = openPullRequest();
    return new SpecValidation(
        problems.isEmpty(), problems, files.specPath(), pullRequest, tasks, apiCalls);
  }

  private boolean requireFile(String alias, String file) {
    JsonNode object = repository.path(alias);
    if (!object.isObject()) {
      problems.add("The spec file " + files.path(file) + " is missing on " + files.branch() + ".");
      return false;
    }
    if (!"Blob".equals(object.path("__typename").asText())) {
      problems.add(files.path(file) + " on " + files.branch() + " is a folder; it must be a file.");
      return false;
    }
    if (object.path("byteSize").asLong() == 0) {
      problems.add("The spec file " + files.path(file) + " on " + files.branch() + " is empty.");
      return false;
    }
    return true;
  }

  private TaskCount tasks() {
    if (!requireFile("tasks", "tasks.md")) {
      return null;
    }
    JsonNode text = repository.path("tasks").path("text");
    if (!text.isTextual() || repository.path("tasks").path("isTruncated").asBoolean()) {
      problems.add(
          "The spec file "
              + files.path("tasks.md")
              + " could not be read as text (it is binary or too large); keep it a plain"
              + " Markdown checklist.");
      return null;
    }
    TaskCount tasks = TaskCount.of(text.asText());
    if (tasks.open() == 0 && tasks.done() == 0) {
      problems.add(
          files.path("tasks.md")
              + " lists no tasks; write each task as a checkbox line such as '- [ ] 1. Add the"
              + " login form'.");
    } else if (tasks.open() == 0) {
      problems.add(
          "Every task in "
              + files.path("tasks.md")
              + " is already done; add an open task ('- [ ] ...') for kiro-worker to work on.");
    }
    return tasks;
  }

  private SpecValidation.PullRequest openPullRequest() {
    for (JsonNode node : repository.path("pullRequests").path("nodes")) {
      // The query asks for open PRs only; a fork's PR with the same branch name is not ours.
      if ("OPEN".equals(node.path("state").asText())
          && !node.path("isCrossRepository").asBoolean()) {
        return new SpecValidation.PullRequest(
            node.path("number").asInt(),
            node.path("url").asText(),
            node.path("headRefOid").asText());
      }
    }
    problems.add(
        "No open pull request has "
            + files.branch()
            + " as its head branch; open one against the default branch.");
    return null;
  }
}
