package dev.kiroworker.worker.demo.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.handlers.json.JsonMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** An answer: status, JSON body and any headers besides the ones every answer carries. */
record StandInResponse(int status, JsonNode body, Map<String, String> headers) {

  static StandInResponse json(int status, JsonNode body) {
    return new StandInResponse(status, body, Map.of());
  }

  /** A REST error in GitHub's shape: {@code {"message", "documentation_url", "status"}}. */
  static StandInResponse restError(int status, String message) {
    ObjectNode body = JsonMapper.shared().createObjectNode();
    body.put("message", message);
    body.put("documentation_url", "https://docs.github.com/rest");
    body.put("status", String.valueOf(status));
    return json(status, body);
  }

  StandInResponse withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new StandInResponse(status, body, more);
  }
}
