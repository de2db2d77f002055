package dev.kiroworker.handlers.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.config.ProjectConfig;
import dev.kiroworker.handlers.github.GitHubClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a work item's inputs, then asks GitHub in one GraphQL request ({@code SpecBranch}) for the
 * branch, its spec files and its open pull request. Problems are the result, not exceptions.
 */
public final class SpecValidator {

  private final ProjectConfig config;
  private final GitHubClient github;

  /** A validator for one invocation. */
  public SpecValidator(ProjectConfig config, GitHubClient github) {
    this.config = config;
    this.github = github;
  }

  /** The verdict on {@code request}; inputs that fail the checks never reach GitHub. */
  public SpecValidation validate(SpecRequest request) {
    List<String> problems = new ArrayList<>();
    Optional<RepositoryName> repository = repository(request.repository(), problems);
    Optional<String> branch = branch(request.branch(), problems);
    Optional<String> specPath = specPath(request.specPath(), branch, problems);
    if (!problems.isEmpty()) {
      return SpecValidation.refused(problems);
    }
    SpecFiles files =
        new SpecFiles(repository.orElseThrow(), branch.orElseThrow(), specPath.orElseThrow());
    JsonNode data = github.graphql("SpecBranch", variables(files));
    return SpecBranchAnswer.read(files, data.path("repository"), github.apiCalls());
  }

  private Optional<RepositoryName> repository(String text, List<String> problems) {
    Optional<RepositoryName> repository = RepositoryName.parse(text);
    if (repository.isEmpty()) {
      problems.add(
          "The work item's repository is not of the form owner/name; link the item to a"
              + " repository's issue or pull request.");
    } else if (!config.allows(text)) {
      problems.add(
          "kiro-worker may not change "
              + text
              + "; add it to 'repositories' in the project configuration, or move the item to a"
              + " board for that repository.");
      return Optional.empty();
    }
    return repository;
  }

  private static Optional<String> branch(String branch, List<String> problems) {
    if (branch == null || branch.isBlank()) {
      problems.add(
          "The work item names no branch; link a pull request to it or fill in its Branch"
              + " field.");
      return Optional.empty();
    }
    List<String> broken = BranchName.problems(branch);
    if (!broken.isEmpty()) {
      problems.add(
          "The branch name '"
              + BranchName.quoted(branch)
              + "' is not allowed: "
              + String.join("; ", broken)
              + ". Rename the branch.");
      return Optional.empty();
    }
    return Optional.of(branch);
  }

  private static Optional<String> specPath(
      String given, Optional<String> branch, List<String> problems) {
    if (branch.isEmpty()) {
      return Optional.empty();
    }
    String path = given == null || given.isBlank() ? SpecPath.forBranch(branch.get()) : given;
    Optional<String> checked = SpecPath.check(path);
    if (checked.isEmpty()) {
      problems.add(
          "The spec path '"
              + BranchName.quoted(path)
              + "' is not allowed; it must be "
              + SpecPath.ROOT
              + "<name>, the name made of letters, digits, '.', '_' and '-'.");
    }
    return checked;
  }

  private static Map<String, String> variables(SpecFiles files) {
    Map<String, String> variables = new LinkedHashMap<>();
    variables.put("owner", files.repository().owner());
    variables.put("name", files.repository().name());
    variables.put("qualifiedName", "refs/heads/" + files.branch());
    variables.put("branch", files.branch());
    variables.put("requirementsPath", files.expression("requirements.md"));
    variables.put("designPath", files.expression("design.md"));
    variables.put("tasksPath", files.expression("tasks.md"));
    return variables;
  }
}
