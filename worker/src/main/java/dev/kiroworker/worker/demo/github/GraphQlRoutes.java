package dev.kiroworker.worker.demo.github;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.github.GraphQlDocuments;
import dev.kiroworker.handlers.json.JsonMapper;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code POST /graphql}: answers the handlers' own documents, recognised by operation name and
 * exact text (loaded from the handlers' resources, so a changed document is noticed here instead of
 * answered with a stale shape). Empty for anything else, which the stand-in answers as unknown.
 */
final class GraphQlRoutes {

  private final Map<String, Function<JsonNode, StandInResponse>> operations;

  GraphQlRoutes(StandInState state) {
    BoardGraphQl board = new BoardGraphQl(state);
    RepositoryGraphQl repository = new RepositoryGraphQl(state);
    operations =
        Map.of(
            "ProjectItemsOrg", board::projectItemsOrg,
            "ProjectItemsUser", board::projectItemsUser,
            "BoardStatusField", board::boardStatusField,
            "ProjectStatusField", board::projectStatusField,
            "UpdateItemStatus", board::updateItemStatus,
            "SpecBranch", repository::specBranch,
            "IssueClosingPullRequests", repository::issueClosingPullRequests);
  }

  Optional<StandInResponse> answer(StandInRequest request) {
    if (!request.method().equals("POST")) {
      return Optional.empty();
    }
    JsonNode body;
    try {
      body = JsonMapper.shared().readTree(request.body());
    } catch (IOException e) {
      return Optional.empty();
    }
    String operation = body.path("operationName").asText("");
    var answer = operations.get(operation);
    if (answer == null || !GraphQlDocuments.load(operation).equals(body.path("query").asText())) {
      return Optional.empty();
    }
    return Optional.of(answer.apply(body.path("variables")));
  }
}
