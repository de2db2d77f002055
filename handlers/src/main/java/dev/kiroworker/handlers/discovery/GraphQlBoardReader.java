package dev.kiroworker.handlers.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.config.ProjectConfig;
import dev.kiroworker.handlers.config.ProjectConfig.OwnerType;
import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.handlers.github.GitHubClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists every item of the board with GraphQL, 100 per page: the fallback for GitHub Enterprise
 * Server versions without the REST Projects endpoints. GraphQL cannot filter items by Status, so
 * the whole board is read and filtered here.
 */
final class GraphQlBoardReader {

  static final int MAX_PAGES = 200;

  Board read(ProjectConfig config, GitHubClient github) {
    boolean user = config.ownerType() == OwnerType.USER;
    String document = user ? "ProjectItemsUser" : "ProjectItemsOrg";
    List<BoardItem> items = new ArrayList<>();
    String cursor = null;
    for (int pages = 1; pages <= MAX_PAGES; pages++) {
      JsonNode data = github.graphql(document, variables(config, cursor));
      JsonNode project = data.path(user ? "user" : "organization").path("projectV2");
      if (!project.isObject()) {
        throw new PermanentException(
            "GitHub has no project "
                + config.projectNumber()
                + " owned by "
                + config.owner()
                + "; check 'owner', 'ownerType' and 'projectNumber' in the project configuration.");
      }
      JsonNode page = project.path("items");
      page.path("nodes").forEach(node -> items.add(GraphQlItems.parse(node)));
      if (!page.path("pageInfo").path("hasNextPage").asBoolean(false)) {
        return new Board(items, Board.GRAPHQL, config.priorityField() != null);
      }
      cursor = page.path("pageInfo").path("endCursor").asText();
    }
    throw new PermanentException(
        "The board has more than " + MAX_PAGES * 100 + " items; archive some of them.");
  }

  private static Map<String, Object> variables(ProjectConfig config, String cursor) {
    // A HashMap, since the first page's cursor is null.
    Map<String, Object> variables = new HashMap<>();
    variables.put("login", config.owner());
    variables.put("number", config.projectNumber());
    variables.put("cursor", cursor);
    variables.put("statusField", config.statusField());
    variables.put("branchField", config.branchField());
    // The priority selection is left out when no priority field is configured.
    variables.put("priorityField", config.priorityField() == null ? "" : config.priorityField());
    variables.put("withPriority", config.priorityField() != null);
    return variables;
  }
}
