package dev.kiroworker.worker.local.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The DynamoDB behaviour kiro-worker's lock relies on, written once and run against the embedded
 * stand-in and against dynalite, so the stand-in is held to the emulator's answers. The expressions
 * are the lock's own (see {@code LockTable} in the handlers module).
 */
abstract class DynamoDbContract {

  static final String CLAIMABLE =
      "attribute_not_exists(#lockId) OR #expiresAt < :now OR #owner = :me";
  static final Map<String, String> CLAIM_NAMES =
      Map.of("#lockId", "lockId", "#expiresAt", "expiresAt", "#owner", "owner");

  private static final AtomicInteger TABLES = new AtomicInteger();

  DynamoDbClient dynamoDb;
  String table;

  /** The client under test, on the stand-in or the emulator. */
  abstract DynamoDbClient client();

  @BeforeEach
  void createLockTable() {
    dynamoDb = client();
    table = "contract-locks-" + TABLES.incrementAndGet();
    dynamoDb.createTable(
        request ->
            request
                .tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                    AttributeDefinition.builder()
                        .attributeName("lockId")
                        .attributeType(ScalarAttributeType.S)
                        .build())
                .keySchema(
                    KeySchemaElement.builder()
                        .attributeName("lockId")
                        .keyType(KeyType.HASH)
                        .build()));
    dynamoDb.waiter().waitUntilTableExists(request -> request.tableName(table));
  }

  @Test
  void putItem_whenKeyIsFree_succeedsThenTheSameConditionFailsForAnotherOwner() {
    claim("slot#0", "run-1", 100, 50);

    assertThatThrownBy(() -> claim("slot#0", "run-2", 100, 50))
        .isInstanceOf(ConditionalCheckFailedException.class);
    assertThat(get("slot#0").get("owner").s()).isEqualTo("run-1");
  }

  @Test
  void putItem_whenLockExpired_letsAnotherOwnerTakeItOver() {
    claim("slot#0", "run-1", 100, 50);

    claim("slot#0", "run-2", 300, 101);

    assertThat(get("slot#0").get("owner").s()).isEqualTo("run-2");
  }

  @Test
  void putItem_whenExpiryEqualsNow_isNotYetATakeover() {
    claim("slot#0", "run-1", 100, 50);

    assertThatThrownBy(() -> claim("slot#0", "run-2", 300, 100))
        .isInstanceOf(ConditionalCheckFailedException.class);
  }

  @Test
  void putItem_comparesNumbersNumericallyNotAsText() {
    // As text "9" > "10"; as numbers 9 < 10, so the lock expired at 9 is free at 10.
    claim("slot#0", "run-1", 9, 1);

    claim("slot#0", "run-2", 300, 10);

    assertThat(get("slot#0").get("owner").s()).isEqualTo("run-2");
  }

  @Test
  void putItem_bySameOwner_renewsItsLiveLock() {
    claim("slot#0", "run-1", 100, 50);

    claim("slot#0", "run-1", 200, 60);

    assertThat(get("slot#0").get("expiresAt").n()).isEqualTo("200");
  }

  @Test
  void putItem_withReturnValuesAllOld_returnsTheReplacedItem() {
    claim("slot#0", "run-1", 100, 50);

    var response =
        dynamoDb.putItem(
            request ->
                request
                    .tableName(table)
                    .item(lockItem("slot#0", "run-2", 300))
                    .returnValues(ReturnValue.ALL_OLD));

    assertThat(response.attributes().get("owner").s()).isEqualTo("run-1");
  }

  @Test
  void deleteItem_conditionalOnOwner_failsForAnotherAndSucceedsForTheOwner() {
    claim("slot#0", "run-1", 100, 50);

    assertThatThrownBy(() -> release("slot#0", "run-2"))
        .isInstanceOf(ConditionalCheckFailedException.class);
    assertThat(get("slot#0")).isNotEmpty();

    release("slot#0", "run-1");
    assertThat(get("slot#0")).isEmpty();
  }

  @Test
  void deleteItem_conditionalOnOwner_failsWhenTheItemIsGone() {
    assertThatThrownBy(() -> release("slot#0", "run-1"))
        .isInstanceOf(ConditionalCheckFailedException.class);
  }

  @Test
  void getItem_ofMissingItem_answersWithoutItem() {
    var response =
        dynamoDb.getItem(
            request -> request.tableName(table).key(key("slot#9")).consistentRead(true));

    assertThat(response.hasItem()).isFalse();
  }

  @Test
  void batchGetItem_returnsOnlyTheItemsThatExist() {
    claim("slot#0", "run-1", 100, 50);
    claim("slot#2", "run-3", 100, 50);

    var response =
        dynamoDb.batchGetItem(
            request ->
                request.requestItems(
                    Map.of(
                        table,
                        KeysAndAttributes.builder()
                            .keys(key("slot#0"), key("slot#1"), key("slot#2"))
                            .consistentRead(true)
                            .build())));

    assertThat(response.responses().get(table))
        .extracting(item -> item.get("owner").s())
        .containsExactlyInAnyOrder("run-1", "run-3");
    assertThat(response.unprocessedKeys()).isEmpty();
  }

  @Test
  void conditions_withNotAndParentheses_followDynamoDbPrecedence() {
    claim("slot#0", "run-1", 100, 50);

    // NOT binds tighter than AND: (NOT owner = run-2) AND (expiresAt > 99) holds.
    conditionalPut("NOT #owner = :other AND (#expiresAt > :t)", "run-2", 99);
    // The item is now run-2's; NOT (owner = run-2 OR expiresAt <= 99) fails.
    assertThatThrownBy(
            () -> conditionalPut("NOT (#owner = :other OR #expiresAt <= :t)", "run-2", 99))
        .isInstanceOf(ConditionalCheckFailedException.class);
  }

  @Test
  void conditions_notEqualHoldsForAMissingAttribute() {
    dynamoDb.putItem(
        request -> request.tableName(table).item(Map.of("lockId", AttributeValue.fromS("bare"))));

    dynamoDb.putItem(
        request ->
            request
                .tableName(table)
                .item(lockItem("bare", "run-1", 100))
                .conditionExpression("#owner <> :me AND attribute_exists(#lockId)")
                .expressionAttributeNames(Map.of("#owner", "owner", "#lockId", "lockId"))
                .expressionAttributeValues(Map.of(":me", AttributeValue.fromS("run-1"))));

    assertThat(get("bare").get("owner").s()).isEqualTo("run-1");
  }

  @Test
  void conditions_comparingDifferentTypes_neverHold() {
    claim("slot#0", "run-1", 100, 50);

    assertThatThrownBy(
            () ->
                dynamoDb.putItem(
                    request ->
                        request
                            .tableName(table)
                            .item(lockItem("slot#0", "run-2", 100))
                            .conditionExpression("#expiresAt >= :text")
                            .expressionAttributeNames(Map.of("#expiresAt", "expiresAt"))
                            .expressionAttributeValues(
                                Map.of(":text", AttributeValue.fromS("100")))))
        .isInstanceOf(ConditionalCheckFailedException.class);
  }

  @Test
  void conditions_withUndefinedPlaceholder_areAValidationError() {
    assertThatThrownBy(
            () ->
                dynamoDb.putItem(
                    request ->
                        request
                            .tableName(table)
                            .item(lockItem("slot#0", "run-1", 100))
                            .conditionExpression("#owner = :me")
                            .expressionAttributeNames(Map.of("#owner", "owner"))))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"))
        .hasMessageContaining(":me");
  }

  @Test
  void conditions_withUnusedPlaceholder_areAValidationError() {
    assertThatThrownBy(
            () ->
                dynamoDb.deleteItem(
                    request ->
                        request
                            .tableName(table)
                            .key(key("slot#0"))
                            .conditionExpression("attribute_exists(#lockId)")
                            .expressionAttributeNames(
                                Map.of("#lockId", "lockId", "#owner", "owner"))))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"))
        .hasMessageContaining("unused")
        .hasMessageContaining("#owner");
  }

  @Test
  void everyItemOperation_onAMissingTable_isResourceNotFound() {
    String missing = table + "-missing";
    assertThatThrownBy(
            () -> dynamoDb.getItem(request -> request.tableName(missing).key(key("slot#0"))))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(
            () ->
                dynamoDb.putItem(
                    request -> request.tableName(missing).item(lockItem("slot#0", "run-1", 1))))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(
            () -> dynamoDb.deleteItem(request -> request.tableName(missing).key(key("slot#0"))))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> dynamoDb.describeTable(request -> request.tableName(missing)))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void describeTable_namesTheKeyAndIsActive() {
    var description = dynamoDb.describeTable(request -> request.tableName(table)).table();

    assertThat(description.tableName()).isEqualTo(table);
    assertThat(description.tableStatusAsString()).isEqualTo("ACTIVE");
    assertThat(description.keySchema())
        .extracting(KeySchemaElement::attributeName)
        .isEqualTo(List.of("lockId"));
  }

  void claim(String lockId, String owner, long expiresAt, long now) {
    dynamoDb.putItem(
        request ->
            request
                .tableName(table)
                .item(lockItem(lockId, owner, expiresAt))
                .conditionExpression(CLAIMABLE)
                .expressionAttributeNames(CLAIM_NAMES)
                .expressionAttributeValues(
                    Map.of(
                        ":now", AttributeValue.fromN(Long.toString(now)),
                        ":me", AttributeValue.fromS(owner))));
  }

  private void conditionalPut(String condition, String owner, long t) {
    dynamoDb.putItem(
        request ->
            request
                .tableName(table)
                .item(lockItem("slot#0", owner, 100))
                .conditionExpression(condition)
                .expressionAttributeNames(Map.of("#owner", "owner", "#expiresAt", "expiresAt"))
                .expressionAttributeValues(
                    Map.of(
                        ":other", AttributeValue.fromS(owner),
                        ":t", AttributeValue.fromN(Long.toString(t)))));
  }

  void release(String lockId, String owner) {
    dynamoDb.deleteItem(
        request ->
            request
                .tableName(table)
                .key(key(lockId))
                .conditionExpression("#owner = :me")
                .expressionAttributeNames(Map.of("#owner", "owner"))
                .expressionAttributeValues(Map.of(":me", AttributeValue.fromS(owner))));
  }

  Map<String, AttributeValue> get(String lockId) {
    return dynamoDb
        .getItem(request -> request.tableName(table).key(key(lockId)).consistentRead(true))
        .item();
  }

  static Map<String, AttributeValue> key(String lockId) {
    return Map.of("lockId", AttributeValue.fromS(lockId));
  }

  static Map<String, AttributeValue> lockItem(String lockId, String owner, long expiresAt) {
    return Map.of(
        "lockId", AttributeValue.fromS(lockId),
        "owner", AttributeValue.fromS(owner),
        "expiresAt", AttributeValue.fromN(Long.toString(expiresAt)));
  }

  static String errorCode(Throwable e) {
    return ((DynamoDbException) e).awsErrorDetails().errorCode();
  }
}
