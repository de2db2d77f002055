package dev.kiroworker.worker.demo.github;

import static dev.kiroworker.worker.demo.github.GraphQlAnswer.object;
import static dev.kiroworker.worker.demo.github.GraphQlAnswer.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The {@code BoardPage} fragment of the board queries: the project's id, title, Status field and
 * one page of items ({@code items(first: 100, after: $cursor)}), each with its Status and Branch
 * values and its content, aliases as the documents name them.
 */
final class BoardPage {

  private static final int PAGE_SIZE = 100;

  private final StandInState state;

  BoardPage(StandInState state) {
    this.state = state;
  }

  /**
   * {@code field(name:) { ... on ProjectV2SingleSelectField { id name options { id name } } }}: the
   * Status field in full; another field of the board as an empty object (the fragment does not
   * apply); null when the board has no field of that name.
   */
  JsonNode statusField(String name) {
    DemoWorld.Board board = state.board().board();
    if (name.equalsIgnoreCase(board.statusField())) {
      ObjectNode field = object();
      field.put("id", Ids.field(Ids.STATUS_FIELD));
      field.put("name", board.statusField());
      ArrayNode options = field.putArray("options");
      board
          .columns()
          .forEach(column -> options.addObject().put("id", Ids.option(column)).put("name", column));
      return field;
    }
    return name.equalsIgnoreCase(board.branchField()) || name.equalsIgnoreCase("Title")
        ? object()
        : NullNode.getInstance();
  }

  ObjectNode page(JsonNode variables) {
    DemoWorld.Board board = state.board().board();
    ObjectNode project = object();
    project.put("id", Ids.project(board.number()));
    project.put("title", board.title());
    project.set("statusField", statusField(text(variables, "statusField")));
    List<BoardState.Entry> entries = state.board().entries();
    int from = Math.min(entries.size(), Pages.offset(variables.path("cursor").asText(null)));
    int to = Math.min(entries.size(), from + PAGE_SIZE);
    ObjectNode items = project.putObject("items");
    ObjectNode pageInfo = items.putObject("pageInfo");
    pageInfo.put("hasNextPage", to < entries.size());
    pageInfo.put("endCursor", Pages.cursor(to));
    ArrayNode nodes = items.putArray("nodes");
    entries.subList(from, to).forEach(entry -> nodes.add(item(entry, variables)));
    return project;
  }

  private ObjectNode item(BoardState.Entry entry, JsonNode variables) {
    DemoWorld.Board board = state.board().board();
    DemoWorld.Item item = entry.item();
    ObjectNode node = object();
    node.put("id", entry.nodeId());
    node.put("isArchived", false);
    node.put("createdAt", item.createdAt().toString());
    node.put("type", item.content().name());
    if (text(variables, "statusField").equalsIgnoreCase(board.statusField())) {
      String column = state.board().column(entry.nodeId());
      node.putObject("status").put("name", column).put("optionId", Ids.option(column));
    } else {
      node.putNull("status");
    }
    if (text(variables, "branchField").equalsIgnoreCase(board.branchField())
        && item.branchField() != null) {
      node.putObject("branch").put("text", item.branchField());
    } else {
      node.putNull("branch");
    }
    if (variables.path("withPriority").asBoolean(false)) {
      // The board has no number fields, so no item has a priority value.
      node.putNull("priority");
    }
    node.set("content", content(item));
    return node;
  }

  private ObjectNode content(DemoWorld.Item item) {
    ObjectNode content = object();
    switch (item.content()) {
      case DRAFT_ISSUE -> {
        content.put("__typename", "DraftIssue");
        content.put("title", item.draftTitle());
      }
      case ISSUE -> {
        content.put("__typename", "Issue");
        content.put("number", item.number());
        content.put("title", state.issue(item.number()).map(DemoWorld.Issue::title).orElse(""));
        content.put("url", state.htmlUrl(item.number()));
        content.put("issueState", "OPEN");
        content.putObject("repository").put("nameWithOwner", state.world().nameWithOwner());
        content.putObject("closedByPullRequestsReferences").putArray("nodes");
      }
      case PULL_REQUEST -> {
        DemoWorld.PullRequest pr = state.pullRequest(item.number()).orElseThrow();
        content.put("__typename", "PullRequest");
        content.put("number", pr.number());
        content.put("title", pr.title());
        content.put("url", state.htmlUrl(pr.number()));
        content.put("pullRequestState", pr.open() ? "OPEN" : "CLOSED");
        content.put("headRefName", pr.headRefName());
        content.put("isDraft", false);
        content.put("isCrossRepository", false);
        content.putObject("repository").put("nameWithOwner", state.world().nameWithOwner());
      }
    }
    return content;
  }
}
