package dev.kiroworker.worker.demo.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.handlers.json.JsonMapper;

/**
 * A GraphQL answer in GitHub's shape: {@code data}, plus {@code errors} entries with a {@code
 * type}, the {@code path} of the field that failed and a {@code message}, as GitHub answers a node
 * it cannot resolve (status 200, the field null).
 */
final class GraphQlAnswer {

  private final ObjectNode body = JsonMapper.shared().createObjectNode();
  private final ObjectNode data = body.putObject("data");

  /** The {@code data} object to fill in. */
  ObjectNode data() {
    return data;
  }

  /** Sets {@code field} of {@code data} to null and explains why, as GitHub does. */
  GraphQlAnswer notFound(String field, String message) {
    data.putNull(field);
    return error("NOT_FOUND", field, message);
  }

  GraphQlAnswer error(String type, String field, String message) {
    ArrayNode errors =
        body.has("errors") ? (ArrayNode) body.get("errors") : body.putArray("errors");
    ObjectNode error = errors.addObject();
    error.put("type", type);
    error.putArray("path").add(field);
    error.put("message", message);
    return this;
  }

  StandInResponse response() {
    return StandInResponse.json(200, body);
  }

  static ObjectNode object() {
    return JsonMapper.shared().createObjectNode();
  }

  static String text(JsonNode variables, String name) {
    return variables.path(name).asText("");
  }
}
