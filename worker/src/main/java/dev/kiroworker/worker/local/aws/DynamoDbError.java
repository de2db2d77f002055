package dev.kiroworker.worker.local.aws;

/**
 * A DynamoDB error answer: the {@code __type} the SDK maps to an exception class, and a message.
 * The type prefixes are the ones DynamoDB (and dynalite) send, so the SDK parses them alike.
 */
final class DynamoDbError extends RuntimeException {

  private static final String DYNAMODB = "com.amazonaws.dynamodb.v20120810#";

  private final String type;

  private DynamoDbError(String type, String message) {
    super(message);
    this.type = type;
  }

  String type() {
    return type;
  }

  static DynamoDbError conditionalCheckFailed() {
    return new DynamoDbError(
        DYNAMODB + "ConditionalCheckFailedException", "The conditional request failed");
  }

  static DynamoDbError resourceNotFound(String table) {
    return new DynamoDbError(
        DYNAMODB + "ResourceNotFoundException",
        "Requested resource not found: Table: " + table + " not found");
  }

  static DynamoDbError resourceInUse(String table) {
    return new DynamoDbError(DYNAMODB + "ResourceInUseException", "Table already exists: " + table);
  }

  static DynamoDbError validation(String message) {
    return new DynamoDbError("com.amazon.coral.validate#ValidationException", message);
  }

  static DynamoDbError serialization(String problem) {
    return new DynamoDbError(
        "com.amazon.coral.service#SerializationException", "The request is not JSON: " + problem);
  }

  /** An operation the stand-in does not implement, named so the user knows what to switch. */
  static DynamoDbError unknownOperation(String operation) {
    return new DynamoDbError(
        "com.amazon.coral.service#UnknownOperationException",
        "The embedded DynamoDB does not support "
            + operation
            + "; it serves CreateTable, DescribeTable, PutItem, GetItem, DeleteItem and"
            + " BatchGetItem. Set AWS_ENDPOINT_URL_DYNAMODB to an emulator for other operations.");
  }

  /** A request feature the stand-in does not implement. */
  static DynamoDbError unsupported(String what) {
    return validation(
        "The embedded DynamoDB does not support "
            + what
            + ". Set AWS_ENDPOINT_URL_DYNAMODB to an emulator if you need it.");
  }
}
