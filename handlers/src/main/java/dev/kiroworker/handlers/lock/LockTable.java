package dev.kiroworker.handlers.lock;

import dev.kiroworker.handlers.errors.TransientException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * Single-item conditional writes and consistent reads on the lock table. No transactions: the
 * emulator the tests run on (dynalite) has no TransactWriteItems, and single-item conditions are
 * all the lock needs.
 */
final class LockTable {

  // OWNER is a DynamoDB reserved word, so every expression names attributes through placeholders.
  private static final String CLAIMABLE =
      "attribute_not_exists(#lockId) OR #expiresAt < :now OR #owner = :me";
  private static final Map<String, String> CLAIM_NAMES =
      Map.of(
          "#lockId", LockItems.LOCK_ID,
          "#expiresAt", LockItems.EXPIRES_AT,
          "#owner", LockItems.OWNER);
  private static final String HELD_BY_ME = "#owner = :me";
  private static final Map<String, String> OWNER_NAME = Map.of("#owner", LockItems.OWNER);

  /** Rounds of a batch read before unprocessed keys (throttling) become a transient failure. */
  static final int BATCH_READ_ROUNDS = 5;

  private final DynamoDbClient client;
  private final String tableName;

  LockTable(DynamoDbClient client, String tableName) {
    this.client = client;
    this.tableName = tableName;
  }

  /**
   * Writes {@code claim} if its key is free, expired at {@code now}, or already held by the same
   * owner (a retried acquire). DynamoDB evaluates the condition and writes atomically, so of two
   * executions taking over one expired lock only the first wins: the second sees a live expiry.
   */
  boolean claim(LockRecord claim, long now) {
    try {
      call(
          "claim " + claim.lockId(),
          () ->
              client.putItem(
                  request ->
                      request
                          .tableName(tableName)
                          .item(LockItems.toItem(claim))
                          .conditionExpression(CLAIMABLE)
                          .expressionAttributeNames(CLAIM_NAMES)
                          .expressionAttributeValues(
                              Map.of(
                                  ":now", LockItems.number(now),
                                  ":me", AttributeValue.fromS(claim.owner().value())))));
      return true;
    } catch (ConditionalCheckFailedException held) {
      return false;
    }
  }

  /** Deletes {@code lockId} only if {@code owner} holds it; false when it is gone or not theirs. */
  boolean deleteIfHeldBy(String lockId, ExecutionArn owner) {
    try {
      call(
          "release " + lockId,
          () ->
              client.deleteItem(
                  request ->
                      request
                          .tableName(tableName)
                          .key(key(lockId))
                          .conditionExpression(HELD_BY_ME)
                          .expressionAttributeNames(OWNER_NAME)
                          .expressionAttributeValues(
                              Map.of(":me", AttributeValue.fromS(owner.value())))));
      return true;
    } catch (ConditionalCheckFailedException notMine) {
      return false;
    }
  }

  /** Reads one lock item, strongly consistent so a just-written claim is seen. */
  Optional<LockRecord> read(String lockId) {
    var response =
        call(
            "read " + lockId,
            () ->
                client.getItem(
                    request -> request.tableName(tableName).key(key(lockId)).consistentRead(true)));
    return response.hasItem() && !response.item().isEmpty()
        ? Optional.of(LockItems.fromItem(response.item()))
        : Optional.empty();
  }

  /** Reads up to 100 lock items in one consistent batch; absent keys are absent from the map. */
  Map<String, LockRecord> readAll(List<String> lockIds) {
    Map<String, LockRecord> found = new HashMap<>();
    Map<String, KeysAndAttributes> pending =
        Map.of(
            tableName,
            KeysAndAttributes.builder()
                .keys(lockIds.stream().map(LockTable::key).toList())
                .consistentRead(true)
                .build());
    for (int round = 0; round < BATCH_READ_ROUNDS && !pending.isEmpty(); round++) {
      Map<String, KeysAndAttributes> request = pending;
      BatchGetItemResponse response =
          call("read the slots", () -> client.batchGetItem(batch -> batch.requestItems(request)));
      response
          .responses()
          .getOrDefault(tableName, List.of())
          .forEach(item -> add(found, LockItems.fromItem(item)));
      pending = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
    }
    if (!pending.isEmpty()) {
      throw new TransientException(
          "cannot read the slots in lock table '"
              + tableName
              + "': DynamoDB left keys unread after "
              + BATCH_READ_ROUNDS
              + " rounds (throttled); retry with backoff");
    }
    return found;
  }

  private static void add(Map<String, LockRecord> found, LockRecord record) {
    found.put(record.lockId(), record);
  }

  private <T> T call(String action, Supplier<T> request) {
    try {
      return request.get();
    } catch (ConditionalCheckFailedException expected) {
      throw expected;
    } catch (SdkException failure) {
      throw DynamoDbFailures.translate(failure, action, tableName);
    }
  }

  private static Map<String, AttributeValue> key(String lockId) {
    return Map.of(LockItems.LOCK_ID, AttributeValue.fromS(lockId));
  }
}
