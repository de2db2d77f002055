package dev.kiroworker.handlers.lock;

import dev.kiroworker.testsupport.AwsEmulators;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Fresh lock tables on the emulator, shaped as the deployment creates them. */
final class LockTables {

  private LockTables() {}

  static String create(AwsEmulators aws, DynamoDbClient dynamoDb) {
    return aws.createTable("locks", "lockId");
  }

  /** Every item in the table, by lock id: what a test expects to be left behind. */
  static Map<String, Map<String, AttributeValue>> contents(DynamoDbClient dynamoDb, String table) {
    return dynamoDb.scan(request -> request.tableName(table).consistentRead(true)).items().stream()
        .collect(Collectors.toMap(item -> item.get("lockId").s(), item -> item));
  }
}
