package dev.kiroworker.handlers.github.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.errors.PermanentException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a GraphQL answer's errors mean once the HTTP exchange succeeded: GitHub answers 200 with
 * {@code errors} for missing objects, missing permissions and rate limits alike.
 */
public final class GraphQlAnswer {

  private static final List<String> PERMISSION_TYPES = List.of("FORBIDDEN", "INSUFFICIENT_SCOPES");

  private GraphQlAnswer() {}

  /** The rate-limit error of {@code answer}, if it has one: that one is worth a retry. */
  public static Optional<GraphQlError> rateLimited(JsonNode answer) {
    return GraphQlError.of(answer).stream()
        .filter(error -> GraphQlError.RATE_LIMITED.equals(error.type()))
        .findFirst();
  }

  /**
   * The {@code data} of {@code answer}; empty when every error is {@code NOT_FOUND}.
   *
   * @throws PermanentException for any other error, naming the scopes for permission errors
   */
  public static Optional<JsonNode> data(String document, JsonNode answer) {
    List<GraphQlError> errors = GraphQlError.of(answer);
    if (errors.isEmpty()) {
      return Optional.of(answer.path("data"));
    }
    if (errors.stream().allMatch(error -> GraphQlError.NOT_FOUND.equals(error.type()))) {
      return Optional.empty();
    }
    String described = describe(errors);
    if (errors.stream().anyMatch(error -> PERMISSION_TYPES.contains(error.type()))) {
      throw new PermanentException(
          "GitHub refused GraphQL "
              + document
              + " ("
              + described
              + "): the token lacks a permission. A classic token needs the 'repo' and 'project'"
              + " scopes ('read:project' to only read boards).");
    }
    throw new PermanentException("GitHub rejected GraphQL " + document + ": " + described);
  }

  /** The message for a {@code NOT_FOUND} answer that the caller did not expect. */
  public static String notFound(String document, JsonNode answer) {
    return "GitHub found nothing for GraphQL "
        + document
        + " ("
        + describe(GraphQlError.of(answer))
        + "). Check the owner, repository and project number, and that the token can see them.";
  }

  private static String describe(List<GraphQlError> errors) {
    return errors.stream().map(GraphQlError::describe).collect(Collectors.joining("; "));
  }
}
