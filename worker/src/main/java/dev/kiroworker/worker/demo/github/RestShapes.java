package dev.kiroworker.worker.demo.github;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.handlers.json.JsonMapper;
import java.util.Set;

/**
 * REST bodies in the shapes of GitHub's reference pages ("Response schema"), as the fixtures in
 * {@code test-fixtures/github/rest/} hold them: project fields, project items with their content,
 * and issue comments.
 */
final class RestShapes {

  private static final String API = "https://api.github.com";

  private final StandInState state;

  RestShapes(StandInState state) {
    this.state = state;
  }

  /** {@code GET .../projectsV2/{n}/fields}: Title, Status (single select) and Branch (text). */
  ArrayNode fields(String projectPath) {
    DemoWorld.Board board = state.board().board();
    ArrayNode fields = array();
    fields.add(field(Ids.TITLE_FIELD, "Title", "title", projectPath));
    ObjectNode status = field(Ids.STATUS_FIELD, board.statusField(), "single_select", projectPath);
    ArrayNode options = status.putArray("options");
    board.columns().forEach(column -> options.add(option(column)));
    fields.add(status);
    fields.add(field(Ids.BRANCH_FIELD, board.branchField(), "text", projectPath));
    return fields;
  }

  /** One {@code projects-v2-item-with-content}, with the values of the fields asked for. */
  ObjectNode item(BoardState.Entry entry, String projectPath, Set<Long> fieldIds) {
    DemoWorld.Item item = entry.item();
    ObjectNode node = object();
    node.put("id", entry.restId());
    node.put("node_id", entry.nodeId());
    node.put("project_url", API + projectPath);
    node.put("content_type", contentType(item.content()));
    node.set("content", content(entry));
    node.set("creator", user());
    node.put("created_at", item.createdAt().toString());
    node.put("updated_at", item.createdAt().toString());
    node.putNull("archived_at");
    node.put("item_url", API + projectPath + "/items/" + entry.restId());
    ArrayNode values = node.putArray("fields");
    if (fieldIds.contains(Ids.STATUS_FIELD)) {
      ObjectNode status = values.addObject();
      status.put("id", Ids.STATUS_FIELD);
      status.put("name", state.board().board().statusField());
      status.put("data_type", "single_select");
      status.set("value", option(state.board().column(entry.nodeId())));
    }
    if (fieldIds.contains(Ids.BRANCH_FIELD)) {
      ObjectNode branch = values.addObject();
      branch.put("id", Ids.BRANCH_FIELD);
      branch.put("name", state.board().board().branchField());
      branch.put("data_type", "text");
      branch.put("value", item.branchField());
    }
    return node;
  }

  /** An issue comment, on a pull request or an issue. */
  ObjectNode comment(IssueComment comment) {
    String repository = state.world().nameWithOwner();
    ObjectNode node = object();
    node.put("id", comment.id());
    node.put("node_id", "IC_kwDemo" + comment.id());
    node.put("url", API + "/repos/" + repository + "/issues/comments/" + comment.id());
    node.put("html_url", state.htmlUrl(comment.number()) + "#issuecomment-" + comment.id());
    node.put("body", comment.body());
    node.set("user", user());
    node.put("created_at", comment.createdAt().toString());
    node.put("updated_at", comment.updatedAt().toString());
    node.put("author_association", "NONE");
    return node;
  }

  private ObjectNode content(BoardState.Entry entry) {
    DemoWorld.Item item = entry.item();
    ObjectNode content = object();
    if (item.content() == DemoWorld.ItemContent.DRAFT_ISSUE) {
      content.put("id", entry.restId() + 5000);
      content.put("node_id", "DI_kwDemo" + entry.restId());
      content.put("title", item.draftTitle());
      content.put("body", "");
      content.put("created_at", item.createdAt().toString());
      content.put("updated_at", item.createdAt().toString());
      return content;
    }
    String repository = state.world().nameWithOwner();
    int number = item.number();
    // Database ids in the ranges GitHub's pull requests and issues have today.
    boolean pullRequest = item.content() == DemoWorld.ItemContent.PULL_REQUEST;
    content.put("id", (pullRequest ? 1_900_000_000L : 2_900_000_000L) + number);
    content.put("number", number);
    content.put("html_url", state.htmlUrl(number));
    if (pullRequest) {
      state.pullRequest(number).ifPresent(pr -> pullRequest(content, pr));
    } else {
      content.put("node_id", "I_kwDemo" + number);
      content.put("url", API + "/repos/" + repository + "/issues/" + number);
      content.put("repository_url", API + "/repos/" + repository);
      content.put("state", "open");
      content.put("title", state.issue(number).map(DemoWorld.Issue::title).orElse(""));
      content.put("created_at", item.createdAt().toString());
      content.put("updated_at", item.createdAt().toString());
      ObjectNode repo = content.putObject("repository");
      repo.put("id", 718000001L);
      repo.put("node_id", "R_kgDemo");
      repo.put("name", state.world().repository());
      repo.put("full_name", repository);
      repo.put("private", true);
    }
    return content;
  }

  private void pullRequest(ObjectNode content, DemoWorld.PullRequest pr) {
    String repository = state.world().nameWithOwner();
    content.put("node_id", "PR_kwDemo" + pr.number());
    content.put("url", API + "/repos/" + repository + "/pulls/" + pr.number());
    content.put("state", pr.open() ? "open" : "closed");
    content.put("title", pr.title());
    content.put("draft", false);
    content.set("head", ref(pr.headRefName()));
    content.set("base", ref(pr.baseRefName()));
  }

  private ObjectNode ref(String branch) {
    ObjectNode ref = object();
    ref.put("label", state.world().owner() + ":" + branch);
    ref.put("ref", branch);
    ref.put("sha", state.files().exists(branch) ? state.files().head(branch) : "0".repeat(40));
    ref.putObject("repo").put("full_name", state.world().nameWithOwner());
    return ref;
  }

  private static ObjectNode field(long id, String name, String type, String projectPath) {
    ObjectNode field = object();
    field.put("id", id);
    field.put("node_id", Ids.field(id));
    field.put("project_url", API + projectPath);
    field.put("name", name);
    field.put("data_type", type);
    field.put("created_at", "2026-10-01T09:00:00Z");
    field.put("updated_at", "2026-10-01T09:00:00Z");
    return field;
  }

  private static ObjectNode option(String column) {
    ObjectNode option = object();
    option.put("id", Ids.option(column));
    option.set("name", rawAndHtml(column));
    option.put("color", "GRAY");
    option.set("description", rawAndHtml(""));
    return option;
  }

  private static ObjectNode rawAndHtml(String text) {
    return object().put("raw", text).put("html", text);
  }

  private static ObjectNode user() {
    return object().put("login", "kiro-worker-demo").put("id", 190234871).put("type", "Bot");
  }

  private static String contentType(DemoWorld.ItemContent content) {
    return switch (content) {
      case PULL_REQUEST -> "PullRequest";
      case ISSUE -> "Issue";
      case DRAFT_ISSUE -> "DraftIssue";
    };
  }

  private static ObjectNode object() {
    return JsonMapper.shared().createObjectNode();
  }

  private static ArrayNode array() {
    return JsonMapper.shared().createArrayNode();
  }
}
