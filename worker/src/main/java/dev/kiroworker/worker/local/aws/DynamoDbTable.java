package dev.kiroworker.worker.local.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.handlers.json.JsonMapper;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * One table: a partition key (no sort key) and its items, each kept as DynamoDB JSON. Not
 * thread-safe by itself; {@link DynamoDbTables} serialises access so a condition check and its
 * write are one atomic step, as in DynamoDB.
 */
final class DynamoDbTable {

  private final String name;
  private final String keyName;
  private final String keyType;
  private final Instant created;
  private final Map<String, Map<String, JsonNode>> items = new HashMap<>();

  DynamoDbTable(String name, String keyName, String keyType, Instant created) {
    this.name = name;
    this.keyName = keyName;
    this.keyType = keyType;
    this.created = created;
  }

  /** The stored item for {@code key}, or the empty map when there is none. */
  Map<String, JsonNode> get(JsonNode key) {
    return items.getOrDefault(keyOf(key, "Key"), Map.of());
  }

  /** The stored item with the same key as {@code item}, or the empty map. */
  Map<String, JsonNode> stored(Map<String, JsonNode> item) {
    return items.getOrDefault(keyOf(item.get(keyName), "Item"), Map.of());
  }

  /** Stores {@code item} and returns what it replaced (empty when nothing). */
  Map<String, JsonNode> put(Map<String, JsonNode> item) {
    Map<String, JsonNode> old = items.put(keyOf(item.get(keyName), "Item"), Map.copyOf(item));
    return old == null ? Map.of() : old;
  }

  Map<String, JsonNode> delete(JsonNode key) {
    Map<String, JsonNode> old = items.remove(keyOf(key, "Key"));
    return old == null ? Map.of() : old;
  }

  /** The partition key's value from a request's {@code Key} object. */
  JsonNode keyValue(JsonNode key) {
    if (key == null || !key.isObject() || key.size() != 1 || !key.has(keyName)) {
      throw DynamoDbError.validation(
          "The provided key element does not match the schema: the key of table "
              + name
              + " is the single attribute "
              + keyName);
    }
    return key.get(keyName);
  }

  ObjectNode describe() {
    ObjectNode table = JsonMapper.shared().createObjectNode();
    table.put("TableName", name);
    table.put("TableStatus", "ACTIVE");
    table.put("TableArn", "arn:aws:dynamodb:us-east-1:000000000000:table/" + name);
    table.put("CreationDateTime", created.getEpochSecond());
    table.put("ItemCount", items.size());
    table.putArray("KeySchema").addObject().put("AttributeName", keyName).put("KeyType", "HASH");
    table
        .putArray("AttributeDefinitions")
        .addObject()
        .put("AttributeName", keyName)
        .put("AttributeType", keyType);
    table.putObject("BillingModeSummary").put("BillingMode", "PAY_PER_REQUEST");
    return table;
  }

  private String keyOf(JsonNode value, String parameter) {
    if (value == null || !value.has(keyType) || value.size() != 1) {
      throw DynamoDbError.validation(
          "One or more parameter values were invalid: "
              + parameter
              + " must carry the key attribute "
              + keyName
              + " of type "
              + keyType);
    }
    String text = value.get(keyType).asText();
    if (text.isEmpty()) {
      throw DynamoDbError.validation(
          "One or more parameter values are not valid. The AttributeValue for a key attribute"
              + " cannot contain an empty string value. Key: "
              + keyName);
    }
    return text;
  }
}
