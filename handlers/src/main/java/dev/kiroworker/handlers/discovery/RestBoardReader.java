package dev.kiroworker.handlers.discovery;

import dev.kiroworker.handlers.config.ProjectConfig;
import dev.kiroworker.handlers.config.ProjectConfig.OwnerType;
import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.handlers.github.GitHubClient;
import dev.kiroworker.handlers.github.HttpMethod;
import dev.kiroworker.handlers.github.RestResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Lists the board's ready and in-progress items with GitHub's REST Projects API, filtered on the
 * server ({@code q=status:"Ready","In Progress"}), 100 per page.
 */
final class RestBoardReader {

  static final int MAX_PAGES = 100;

  private final ProjectFields fields;

  RestBoardReader(ProjectFields fields) {
    this.fields = fields;
  }

  /** The items, or empty when this GitHub has no REST Projects endpoints (404, older GHES). */
  Optional<Board> read(ProjectConfig config, GitHubClient github) {
    String project = projectPath(config);
    Optional<FieldIds> ids = fields.ids(config, project, github);
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> query =
        Map.of("q", filter(config), "fields", ids.get().query(), "per_page", "100");
    Optional<RestResponse> first =
        github.restIfFound(HttpMethod.GET, project + "/items", query, null);
    if (first.isEmpty()) {
      return Optional.empty();
    }
    List<BoardItem> items = new ArrayList<>();
    RestResponse page = first.get();
    for (int pages = 1; ; pages++) {
      page.body().forEach(item -> items.add(RestItems.parse(item, ids.get())));
      if (page.nextPageUrl() == null) {
        return Optional.of(new Board(items, Board.REST, ids.get().priority() != null));
      }
      if (pages >= MAX_PAGES) {
        throw new PermanentException(
            "The board has more than "
                + MAX_PAGES * 100
                + " ready and in-progress items; move some out of those columns.");
      }
      page = github.rest(HttpMethod.GET, page.nextPageUrl().toString(), Map.of(), null);
    }
  }

  /** {@code /orgs/<owner>/projectsV2/<n>} or {@code /users/<owner>/projectsV2/<n>}. */
  static String projectPath(ProjectConfig config) {
    String owners = config.ownerType() == OwnerType.USER ? "users" : "orgs";
    return "/" + owners + "/" + config.owner() + "/projectsV2/" + config.projectNumber();
  }

  /**
   * GitHub's project filter: the field name (quoted only when it has spaces), then the column
   * names, quoted and comma-separated (a comma means "or"), so one listing holds both columns.
   */
  static String filter(ProjectConfig config) {
    String field = config.statusField().toLowerCase(Locale.ROOT);
    return (field.contains(" ") ? quoted(field) : field)
        + ":"
        + quoted(config.columns().ready())
        + ","
        + quoted(config.columns().inProgress());
  }

  private static String quoted(String value) {
    return "\"" + value.replace("\"", "") + "\"";
  }
}
