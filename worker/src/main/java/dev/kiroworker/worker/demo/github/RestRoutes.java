package dev.kiroworker.worker.demo.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.kiroworker.handlers.config.ProjectConfig.OwnerType;
import dev.kiroworker.handlers.json.JsonMapper;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The REST endpoints the handlers call: the board's fields and items (discovery), and a pull
 * request's comments (list, create, edit). Empty for anything else, which the stand-in answers as
 * unknown.
 */
final class RestRoutes {

  // Numbers are bounded so that parsing them cannot fail: a longer one is simply unknown.
  private static final Pattern PROJECT =
      Pattern.compile("/(orgs|users)/([^/]+)/projectsV2/(\\d{1,9})/(fields|items)");
  private static final Pattern COMMENTS =
      Pattern.compile("/repos/([^/]+)/([^/]+)/issues/(\\d{1,9})/comments");
  private static final Pattern COMMENT =
      Pattern.compile("/repos/([^/]+)/([^/]+)/issues/comments/(\\d{1,18})");

  private final StandInState state;
  private final RestShapes shapes;
  private final String baseUrl;

  RestRoutes(StandInState state, String baseUrl) {
    this.state = state;
    this.shapes = new RestShapes(state);
    this.baseUrl = baseUrl;
  }

  Optional<StandInResponse> answer(StandInRequest request) {
    Matcher project = PROJECT.matcher(request.path());
    if (project.matches() && request.method().equals("GET") && isBoard(project)) {
      return project.group(4).equals("fields") ? Optional.of(fields(request)) : items(request);
    }
    Matcher comments = COMMENTS.matcher(request.path());
    if (comments.matches() && state.isRepository(comments.group(1), comments.group(2))) {
      int number = Integer.parseInt(comments.group(3));
      if (state.pullRequest(number).isEmpty() && state.issue(number).isEmpty()) {
        return Optional.empty();
      }
      return switch (request.method()) {
        case "GET" -> Optional.of(listComments(request, number));
        case "POST" -> Optional.of(createComment(request, number));
        default -> Optional.empty();
      };
    }
    Matcher comment = COMMENT.matcher(request.path());
    if (comment.matches()
        && request.method().equals("PATCH")
        && state.isRepository(comment.group(1), comment.group(2))) {
      return editComment(request, Long.parseLong(comment.group(3)));
    }
    return Optional.empty();
  }

  private boolean isBoard(Matcher project) {
    OwnerType type = project.group(1).equals("orgs") ? OwnerType.ORGANIZATION : OwnerType.USER;
    return type == state.world().ownerType()
        && project.group(2).equalsIgnoreCase(state.world().owner())
        && Integer.parseInt(project.group(3)) == state.board().board().number();
  }

  private StandInResponse fields(StandInRequest request) {
    String projectPath = request.path().substring(0, request.path().lastIndexOf('/'));
    return StandInResponse.json(200, shapes.fields(projectPath));
  }

  private Optional<StandInResponse> items(StandInRequest request) {
    String q = request.query().get("q");
    Optional<StatusFilter> filter =
        q == null ? Optional.empty() : StatusFilter.parse(q, state.board().board().statusField());
    if (q != null && filter.isEmpty()) {
      return Optional.empty();
    }
    List<BoardState.Entry> matching =
        state.board().entries().stream()
            .filter(
                entry ->
                    filter.map(f -> f.matches(state.board().column(entry.nodeId()))).orElse(true))
            .toList();
    Pages.Page<BoardState.Entry> page = Pages.cursored(matching, request, baseUrl);
    String projectPath = request.path().substring(0, request.path().lastIndexOf('/'));
    Set<Long> fieldIds = fieldIds(request.query().getOrDefault("fields", ""));
    ArrayNode body = JsonMapper.shared().createArrayNode();
    page.elements().forEach(entry -> body.add(shapes.item(entry, projectPath, fieldIds)));
    return Optional.of(withLink(StandInResponse.json(200, body), page));
  }

  private StandInResponse listComments(StandInRequest request, int number) {
    Pages.Page<IssueComment> page = Pages.numbered(state.comments().on(number), request, baseUrl);
    ArrayNode body = JsonMapper.shared().createArrayNode();
    page.elements().forEach(comment -> body.add(shapes.comment(comment)));
    return withLink(StandInResponse.json(200, body), page);
  }

  private StandInResponse createComment(StandInRequest request, int number) {
    Optional<String> body = commentBody(request);
    if (body.isEmpty()) {
      return bodyMissing();
    }
    IssueComment created = state.comments().create(number, body.get());
    state
        .log()
        .record(RecordedMutation.Kind.COMMENT_CREATED, state.describe(number), details(created));
    return StandInResponse.json(201, shapes.comment(created));
  }

  private Optional<StandInResponse> editComment(StandInRequest request, long id) {
    Optional<String> body = commentBody(request);
    if (body.isEmpty()) {
      return Optional.of(bodyMissing());
    }
    return state
        .comments()
        .edit(id, body.get())
        .map(
            edited -> {
              state
                  .log()
                  .record(
                      RecordedMutation.Kind.COMMENT_EDITED,
                      state.describe(edited.number()),
                      details(edited));
              return StandInResponse.json(200, shapes.comment(edited));
            });
  }

  private static Map<String, String> details(IssueComment comment) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("commentId", String.valueOf(comment.id()));
    values.put("body", comment.body());
    return values;
  }

  private static Optional<String> commentBody(StandInRequest request) {
    try {
      JsonNode body = JsonMapper.shared().readTree(request.body()).path("body");
      return body.isTextual() ? Optional.of(body.asText()) : Optional.empty();
    } catch (java.io.IOException e) {
      return Optional.empty();
    }
  }

  /** GitHub's 422 for a comment without a body. */
  private static StandInResponse bodyMissing() {
    return StandInResponse.restError(422, "Invalid request.\n\n\"body\" wasn't supplied.");
  }

  private static <T> StandInResponse withLink(StandInResponse response, Pages.Page<T> page) {
    return page.link().map(link -> response.withHeader("Link", link)).orElse(response);
  }

  private static Set<Long> fieldIds(String fields) {
    return Arrays.stream(fields.split(","))
        .map(String::strip)
        .filter(id -> id.matches("\\d+"))
        .map(Long::parseLong)
        .collect(Collectors.toSet());
  }
}
