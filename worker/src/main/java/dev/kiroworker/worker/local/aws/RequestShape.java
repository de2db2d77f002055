package dev.kiroworker.worker.local.aws;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Checks of a DynamoDB request body: known parameters only, required strings, attribute maps. */
final class RequestShape {

  private RequestShape() {}

  /**
   * Refuses a parameter the stand-in does not implement instead of ignoring it: a silently dropped
   * {@code ProjectionExpression} or {@code Expected} would make local runs lie.
   */
  static void allowOnly(String operation, JsonNode request, Set<String> allowed) {
    if (!request.isObject()) {
      throw DynamoDbError.validation(operation + " expects a JSON object");
    }
    Set<String> unknown = new TreeSet<>();
    request.fieldNames().forEachRemaining(unknown::add);
    unknown.removeAll(allowed);
    if (!unknown.isEmpty()) {
      throw DynamoDbError.unsupported(operation + " parameter(s) " + String.join(", ", unknown));
    }
  }

  static String text(JsonNode request, String field) {
    String value = request.path(field).asText("");
    if (value.isEmpty()) {
      throw DynamoDbError.validation(
          "1 validation error detected: Value null at '"
              + field
              + "' failed to satisfy"
              + " constraint: Member must not be null");
    }
    return value;
  }

  /** A map of attribute values, each a one-field DynamoDB JSON object. */
  static Map<String, JsonNode> attributes(JsonNode node, String parameter) {
    Map<String, JsonNode> attributes = new LinkedHashMap<>();
    if (node.isMissingNode() || node.isNull()) {
      return attributes;
    }
    node.fields()
        .forEachRemaining(
            entry -> {
              if (!entry.getValue().isObject() || entry.getValue().size() != 1) {
                throw DynamoDbError.validation(
                    "Supplied AttributeValue in "
                        + parameter
                        + " for "
                        + entry.getKey()
                        + " must have exactly one data type");
              }
              attributes.put(entry.getKey(), entry.getValue());
            });
    return attributes;
  }
}
