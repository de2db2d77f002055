package dev.kiroworker.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

@ExtendWith(AwsEmulatorExtension.class)
class DynamoDbEmulatorTest {

  @Test
  void conditionalPut_whenItemAlreadyExists_failsTheSecondTime(
      AwsEmulators emulators, DynamoDbClient dynamoDb) {
    String table = createLockLikeTable(emulators, dynamoDb);
    PutItemRequest claim =
        PutItemRequest.builder()
            .tableName(table)
            .item(
                Map.of(
                    "lockId", AttributeValue.fromS("slot-1"),
                    "owner", AttributeValue.fromS("execution-a")))
            .conditionExpression("attribute_not_exists(lockId)")
            .build();

    dynamoDb.putItem(claim);

    assertThatThrownBy(() -> dynamoDb.putItem(claim))
        .isInstanceOf(ConditionalCheckFailedException.class);
    var stored =
        dynamoDb
            .getItem(
                request ->
                    request
                        .tableName(table)
                        .key(Map.of("lockId", AttributeValue.fromS("slot-1")))
                        .consistentRead(true))
            .item();
    assertThat(stored.get("owner").s()).isEqualTo("execution-a");
  }

  @Test
  void createTable_isActiveAtOnce(AwsEmulators emulators, DynamoDbClient dynamoDb) {
    String table = createLockLikeTable(emulators, dynamoDb);

    var status = dynamoDb.describeTable(request -> request.tableName(table)).table().tableStatus();

    assertThat(status).isEqualTo(TableStatus.ACTIVE);
  }

  @Test
  void theSharedClient_isTheEmulatorsClient(AwsEmulators emulators, DynamoDbClient dynamoDb) {
    assertThat(dynamoDb).isSameAs(emulators.dynamoDb());
    assertThat(emulators.dynamoDbEndpoint().getHost()).isEqualTo("127.0.0.1");
  }

  private static String createLockLikeTable(AwsEmulators emulators, DynamoDbClient dynamoDb) {
    return emulators.createTable("locks", "lockId");
  }
}
