package dev.kiroworker.worker.local.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.handlers.json.JsonMapper;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The embedded DynamoDB's tables and the operations on them. Every operation holds this object's
 * monitor, so a conditional write checks and writes atomically and concurrent clients see one order
 * of writes, as with DynamoDB's single-item conditions.
 */
final class DynamoDbTables {

  private static final Set<String> WRITE_PARAMETERS =
      Set.of(
          "TableName",
          "ConditionExpression",
          "ExpressionAttributeNames",
          "ExpressionAttributeValues",
          "ReturnValues");

  private final Map<String, DynamoDbTable> tables = new HashMap<>();
  private final Clock clock;

  DynamoDbTables(Clock clock) {
    this.clock = clock;
  }

  /** Runs the operation {@code X-Amz-Target} names; unknown ones are refused by name. */
  synchronized ObjectNode apply(String operation, JsonNode request) {
    return switch (operation) {
      case "CreateTable" -> createTable(request);
      case "DescribeTable" -> describeTable(request);
      case "PutItem" -> putItem(request);
      case "GetItem" -> getItem(request);
      case "DeleteItem" -> deleteItem(request);
      case "BatchGetItem" -> batchGetItem(request);
      default -> throw DynamoDbError.unknownOperation(operation);
    };
  }

  private ObjectNode createTable(JsonNode request) {
    RequestShape.allowOnly(
        "CreateTable",
        request,
        Set.of(
            "TableName",
            "KeySchema",
            "AttributeDefinitions",
            "BillingMode",
            "ProvisionedThroughput"));
    String name = RequestShape.text(request, "TableName");
    JsonNode keySchema = request.path("KeySchema");
    if (keySchema.size() != 1 || !"HASH".equals(keySchema.path(0).path("KeyType").asText())) {
      throw DynamoDbError.unsupported(
          "sort keys (CreateTable of " + name + " must have a single HASH key)");
    }
    String keyName = keySchema.path(0).path("AttributeName").asText();
    String keyType = "";
    for (JsonNode definition : request.path("AttributeDefinitions")) {
      if (definition.path("AttributeName").asText().equals(keyName)) {
        keyType = definition.path("AttributeType").asText();
      }
    }
    if (!Set.of("S", "N").contains(keyType)) {
      throw DynamoDbError.validation(
          "One or more parameter values were invalid: the key attribute "
              + keyName
              + " needs an AttributeDefinition of type S or N");
    }
    if (tables.containsKey(name)) {
      throw DynamoDbError.resourceInUse(name);
    }
    DynamoDbTable table = new DynamoDbTable(name, keyName, keyType, clock.instant());
    tables.put(name, table);
    return withObject("TableDescription", table.describe());
  }

  private ObjectNode describeTable(JsonNode request) {
    RequestShape.allowOnly("DescribeTable", request, Set.of("TableName"));
    return withObject("Table", table(request).describe());
  }

  private ObjectNode putItem(JsonNode request) {
    RequestShape.allowOnly("PutItem", request, with(WRITE_PARAMETERS, "Item"));
    DynamoDbTable table = table(request);
    Map<String, JsonNode> item = RequestShape.attributes(request.path("Item"), "Item");
    Map<String, JsonNode> current = table.stored(item);
    checkCondition(request, current);
    return returnValues(request, table.put(item));
  }

  private ObjectNode deleteItem(JsonNode request) {
    RequestShape.allowOnly("DeleteItem", request, with(WRITE_PARAMETERS, "Key"));
    DynamoDbTable table = table(request);
    JsonNode key = table.keyValue(request.get("Key"));
    checkCondition(request, table.get(key));
    return returnValues(request, table.delete(key));
  }

  private ObjectNode getItem(JsonNode request) {
    RequestShape.allowOnly("GetItem", request, Set.of("TableName", "Key", "ConsistentRead"));
    DynamoDbTable table = table(request);
    Map<String, JsonNode> item = table.get(table.keyValue(request.get("Key")));
    ObjectNode response = JsonMapper.shared().createObjectNode();
    if (!item.isEmpty()) {
      response.set("Item", itemNode(item));
    }
    return response;
  }

  private ObjectNode batchGetItem(JsonNode request) {
    RequestShape.allowOnly("BatchGetItem", request, Set.of("RequestItems"));
    ObjectNode response = JsonMapper.shared().createObjectNode();
    ObjectNode responses = response.putObject("Responses");
    for (Iterator<Map.Entry<String, JsonNode>> it = request.path("RequestItems").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      RequestShape.allowOnly("BatchGetItem", entry.getValue(), Set.of("Keys", "ConsistentRead"));
      DynamoDbTable table = tableNamed(entry.getKey());
      ArrayNode found = responses.putArray(entry.getKey());
      for (JsonNode key : entry.getValue().path("Keys")) {
        Map<String, JsonNode> item = table.get(table.keyValue(key));
        if (!item.isEmpty()) {
          found.add(itemNode(item));
        }
      }
    }
    response.putObject("UnprocessedKeys");
    return response;
  }

  private static void checkCondition(JsonNode request, Map<String, JsonNode> current) {
    Map<String, String> names = new LinkedHashMap<>();
    request
        .path("ExpressionAttributeNames")
        .fields()
        .forEachRemaining(e -> names.put(e.getKey(), e.getValue().asText()));
    Map<String, JsonNode> values =
        RequestShape.attributes(
            request.path("ExpressionAttributeValues"), "ExpressionAttributeValues");
    if (!request.has("ConditionExpression")) {
      if (!names.isEmpty() || !values.isEmpty()) {
        throw DynamoDbError.validation(
            "ExpressionAttributeNames and ExpressionAttributeValues can only be specified when"
                + " using expressions: ConditionExpression is null");
      }
      return;
    }
    Condition condition =
        ConditionParser.parse(request.path("ConditionExpression").asText(), names, values);
    if (!condition.holdsFor(current)) {
      throw DynamoDbError.conditionalCheckFailed();
    }
  }

  private static ObjectNode returnValues(JsonNode request, Map<String, JsonNode> old) {
    String returnValues = request.path("ReturnValues").asText("NONE");
    ObjectNode response = JsonMapper.shared().createObjectNode();
    switch (returnValues) {
      case "NONE" -> {}
      case "ALL_OLD" -> {
        if (!old.isEmpty()) {
          response.set("Attributes", itemNode(old));
        }
      }
      default -> throw DynamoDbError.unsupported("ReturnValues " + returnValues);
    }
    return response;
  }

  private DynamoDbTable table(JsonNode request) {
    return tableNamed(RequestShape.text(request, "TableName"));
  }

  private DynamoDbTable tableNamed(String name) {
    DynamoDbTable table = tables.get(name);
    if (table == null) {
      throw DynamoDbError.resourceNotFound(name);
    }
    return table;
  }

  private static ObjectNode itemNode(Map<String, JsonNode> item) {
    ObjectNode node = JsonMapper.shared().createObjectNode();
    item.forEach(node::set);
    return node;
  }

  private static ObjectNode withObject(String field, ObjectNode value) {
    ObjectNode response = JsonMapper.shared().createObjectNode();
    response.set(field, value);
    return response;
  }

  private static Set<String> with(Set<String> parameters, String extra) {
    Set<String> all = new HashSet<>(parameters);
    all.add(extra);
    return all;
  }
}
