package dev.kiroworker.worker.demo.github;

import static dev.kiroworker.worker.demo.github.GraphQlAnswer.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.handlers.config.ProjectConfig.OwnerType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The board's GraphQL documents: the Status field by owner and number or by project id, one page of
 * items, and the {@code updateProjectV2ItemFieldValue} mutation, the one that moves an item.
 */
final class BoardGraphQl {

  private final StandInState state;
  private final BoardPage pages;

  BoardGraphQl(StandInState state) {
    this.state = state;
    this.pages = new BoardPage(state);
  }

  StandInResponse projectItemsOrg(JsonNode variables) {
    return projectItems("organization", OwnerType.ORGANIZATION, variables);
  }

  StandInResponse projectItemsUser(JsonNode variables) {
    return projectItems("user", OwnerType.USER, variables);
  }

  /** {@code repositoryOwner(login).projectV2(number) { id statusField }}. */
  StandInResponse boardStatusField(JsonNode variables) {
    GraphQlAnswer answer = new GraphQlAnswer();
    if (!text(variables, "login").equalsIgnoreCase(state.world().owner())) {
      return answer
          .notFound(
              "repositoryOwner",
              "Could not resolve to a RepositoryOwner with the login of '"
                  + text(variables, "login")
                  + "'.")
          .response();
    }
    ObjectNode owner = answer.data().putObject("repositoryOwner");
    if (variables.path("number").asInt() != board().number()) {
      owner.putNull("projectV2");
      return answer.error("NOT_FOUND", "projectV2", notFound(variables)).response();
    }
    ObjectNode project = owner.putObject("projectV2");
    project.put("id", Ids.project(board().number()));
    project.set("statusField", pages.statusField(text(variables, "statusField")));
    return answer.response();
  }

  /** {@code node(id: projectId) { ... on ProjectV2 { id title statusField } }}. */
  StandInResponse projectStatusField(JsonNode variables) {
    GraphQlAnswer answer = new GraphQlAnswer();
    String id = text(variables, "projectId");
    if (!id.equals(Ids.project(board().number()))) {
      return answer
          .notFound("node", "Could not resolve to a node with the global id of '" + id + "'.")
          .response();
    }
    ObjectNode project = answer.data().putObject("node");
    project.put("id", id);
    project.put("title", board().title());
    project.set("statusField", pages.statusField(text(variables, "statusField")));
    return answer.response();
  }

  /** Sets an item's Status option; records the move. */
  StandInResponse updateItemStatus(JsonNode variables) {
    GraphQlAnswer answer = new GraphQlAnswer();
    String field = "updateProjectV2ItemFieldValue";
    Optional<BoardState.Entry> item = state.board().entry(text(variables, "itemId"));
    Optional<String> column = state.board().columnOfOption(text(variables, "optionId"));
    if (!text(variables, "projectId").equals(Ids.project(board().number()))
        || !text(variables, "fieldId").equals(Ids.field(Ids.STATUS_FIELD))
        || item.isEmpty()) {
      return answer
          .notFound(
              field,
              "Could not resolve to a node with the global id of the project, field or item given.")
          .response();
    }
    if (column.isEmpty()) {
      answer.data().putNull(field);
      return answer
          .error("UNPROCESSABLE", field, "The single select option Id does not belong to the field")
          .response();
    }
    String from = state.board().move(item.get().nodeId(), column.get());
    Map<String, String> values = new LinkedHashMap<>();
    values.put("itemId", item.get().nodeId());
    values.put("from", from);
    values.put("to", column.get());
    state.log().record(RecordedMutation.Kind.ITEM_MOVED, state.describe(item.get().item()), values);
    answer.data().putObject(field).putObject("projectV2Item").put("id", item.get().nodeId());
    return answer.response();
  }

  private StandInResponse projectItems(String root, OwnerType type, JsonNode variables) {
    GraphQlAnswer answer = new GraphQlAnswer();
    if (type != state.world().ownerType()
        || !text(variables, "login").equalsIgnoreCase(state.world().owner())) {
      return answer
          .notFound(
              root,
              "Could not resolve to "
                  + (type == OwnerType.USER ? "a User" : "an Organization")
                  + " with the login of '"
                  + text(variables, "login")
                  + "'.")
          .response();
    }
    ObjectNode owner = answer.data().putObject(root);
    if (variables.path("number").asInt() != board().number()) {
      owner.putNull("projectV2");
      return answer.error("NOT_FOUND", "projectV2", notFound(variables)).response();
    }
    owner.set("projectV2", pages.page(variables));
    return answer.response();
  }

  private String notFound(JsonNode variables) {
    return "Could not resolve to a ProjectV2 with the number "
        + variables.path("number").asInt()
        + ".";
  }

  private DemoWorld.Board board() {
    return state.board().board();
  }
}
