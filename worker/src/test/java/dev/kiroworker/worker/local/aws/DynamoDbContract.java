package dev.kiroworker.worker.local.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
  private static final Map<String, String> TYPED_NAMES =
      Map.of("#n", "n", "#s", "s", "#flag", "flag", "#missing", "missing");
  private static final Map<String, AttributeValue> TYPED_VALUES =
      Map.of(
          ":n9", AttributeValue.fromN("9"),
          ":n10", AttributeValue.fromN("10"),
          ":n11", AttributeValue.fromN("11"),
          ":a", AttributeValue.fromS("a"),
          ":b", AttributeValue.fromS("b"),
          ":bb", AttributeValue.fromS("bb"),
          ":c", AttributeValue.fromS("c"),
          ":true", AttributeValue.fromBool(true),
          ":false", AttributeValue.fromBool(false));

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

  @ParameterizedTest(name = "{0} holds: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "#n < :n11|true",
        "#n <= :n10|true",
        "#n > :n9|true",
        "#n >= :n10|true",
        "#n > :n10|false",
        "#n = :n10|true",
        "#n <> :n10|false",
        "#n < :n9|false",
        "#s < :c|true",
        "#s < :bb|true",
        "#s >= :a|true",
        "#s > :b|false",
        "#s = :b|true",
        "#s <= :a|false",
        "#flag = :true|true",
        "#flag = :false|false",
        "#flag <> :true|false",
        "#missing = :b|false",
        "#missing <> :b|true",
        "#missing < :n11|false",
        "#n = :b|false",
        "#n <> :b|true",
        "#s > :n9|false",
        ":n9 < #n|true",
        "attribute_exists(#missing) OR #n = :n10 AND #s = :a|false",
        "(attribute_exists(#missing) OR #n = :n10) AND NOT #s = :a|true",
      })
  void conditions_compareScalarValuesAsDynamoDbDoes(String condition, boolean holds) {
    Map<String, AttributeValue> item =
        Map.of(
            "lockId", AttributeValue.fromS("typed"),
            "n", AttributeValue.fromN("10"),
            "s", AttributeValue.fromS("b"),
            "flag", AttributeValue.fromBool(true));
    dynamoDb.putItem(request -> request.tableName(table).item(item));

    Runnable write =
        () ->
            dynamoDb.putItem(
                request ->
                    request
                        .tableName(table)
                        .item(item)
                        .conditionExpression(condition)
                        .expressionAttributeNames(usedIn(condition, TYPED_NAMES))
                        .expressionAttributeValues(usedIn(condition, TYPED_VALUES)));

    if (holds) {
      write.run();
    } else {
      assertThatThrownBy(write::run).isInstanceOf(ConditionalCheckFailedException.class);
    }
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

  /** Only the placeholders {@code condition} uses: DynamoDB refuses unused ones. */
  private static <V> Map<String, V> usedIn(String condition, Map<String, V> placeholders) {
    return placeholders.entrySet().stream()
        .filter(e -> Pattern.compile(Pattern.quote(e.getKey()) + "\\b").matcher(condition).find())
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  static String errorCode(Throwable e) {
    return ((DynamoDbException) e).awsErrorDetails().errorCode();
  }
}
