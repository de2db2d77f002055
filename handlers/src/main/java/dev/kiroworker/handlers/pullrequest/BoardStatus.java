package dev.kiroworker.handlers.pullrequest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.config.ProjectConfig;
import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.handlers.github.GitHubClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Moves a board item to a Status column by name: looks up the Status field and the column's option
 * id, then sets it with {@code UpdateItemStatus}.
 */
final class BoardStatus {

  private final GitHubClient github;
  private final ProjectConfig config;

  BoardStatus(GitHubClient github, ProjectConfig config) {
    this.github = github;
    this.config = config;
  }

  /**
   * Moves item {@code projectItemId} to {@code column}.
   *
   * @param projectId the board's node id, or null to find the board by the configured owner and
   *     number
   * @throws PermanentException when the board has no such Status field or column
   */
  void move(String projectItemId, String projectId, String column) {
    JsonNode project = project(projectId);
    JsonNode field = project.path("statusField");
    if (!field.path("id").isTextual()) {
      throw new PermanentException(
          "The board has no single-select field named '"
              + config.statusField()
              + "'; set 'statusField' in the project configuration to the name of its Status"
              + " field.");
    }
    github.graphql(
        "UpdateItemStatus",
        Map.of(
            "projectId", project.path("id").asText(),
            "itemId", projectItemId,
            "fieldId", field.path("id").asText(),
            "optionId", optionId(field, column)));
  }

  private JsonNode project(String projectId) {
    JsonNode project;
    if (projectId != null && !projectId.isBlank()) {
      project =
          github
              .graphql(
                  "ProjectStatusField",
                  Map.of("projectId", projectId, "statusField", config.statusField()))
              .path("node");
    } else {
      project =
          github
              .graphql(
                  "BoardStatusField",
                  Map.of(
                      "login", config.owner(),
                      "number", config.projectNumber(),
                      "statusField", config.statusField()))
              .path("repositoryOwner")
              .path("projectV2");
    }
    if (!project.path("id").isTextual()) {
      throw new PermanentException(
          "GitHub found no project board "
              + (projectId != null ? projectId : config.owner() + " #" + config.projectNumber())
              + "; check 'owner' and 'projectNumber' in the project configuration.");
    }
    return project;
  }

  private String optionId(JsonNode field, String column) {
    List<String> names = new ArrayList<>();
    for (JsonNode option : field.path("options")) {
      String name = option.path("name").asText();
      if (name.strip().equalsIgnoreCase(column.strip())) {
        return option.path("id").asText();
      }
      names.add(name);
    }
    throw new PermanentException(
        "The board's "
            + config.statusField()
            + " field has no column '"
            + column
            + "'; it has "
            + String.join(", ", names)
            + ". Add the column on the board, or set 'columns' in the project configuration to"
            + " one of those.");
  }
}
