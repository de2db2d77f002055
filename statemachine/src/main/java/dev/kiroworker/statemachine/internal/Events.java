package dev.kiroworker.statemachine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.statemachine.json.Json;

/** Builds history event details in the field names {@code GetExecutionHistory} uses. */
final class Events {

  private Events() {}

  static ObjectNode entered(String name, JsonNode input) {
    ObjectNode details = Json.object();
    details.put("name", name);
    details.put("input", Json.write(input));
    details.putObject("inputDetails").put("truncated", false);
    return details;
  }

  static ObjectNode exited(String name, JsonNode output) {
    ObjectNode details = Json.object();
    details.put("name", name);
    details.put("output", Json.write(output));
    details.putObject("outputDetails").put("truncated", false);
    return details;
  }

  static ObjectNode input(JsonNode input) {
    ObjectNode details = Json.object();
    details.put("input", Json.write(input));
    details.putObject("inputDetails").put("truncated", false);
    return details;
  }

  static ObjectNode output(JsonNode output) {
    ObjectNode details = Json.object();
    details.put("output", Json.write(output));
    details.putObject("outputDetails").put("truncated", false);
    return details;
  }

  static ObjectNode error(String error, String cause) {
    ObjectNode details = Json.object();
    if (error != null) {
      details.put("error", error);
    }
    if (cause != null) {
      details.put("cause", cause);
    }
    return details;
  }

  /** The {@code {"Error","Cause"}} object a Catch passes on. */
  static ObjectNode errorOutput(String error, String cause) {
    ObjectNode output = Json.object();
    if (error != null) {
      output.put("Error", error);
    }
    if (cause != null) {
      output.put("Cause", cause);
    }
    return output;
  }

  static ObjectNode resource(String resourceType, String resource) {
    ObjectNode details = Json.object();
    details.put("resourceType", resourceType);
    details.put("resource", resource);
    return details;
  }
}
