package dev.kiroworker.worker.local;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyExistsException;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;

/**
 * Creates what CDK's storage stack would: the lock table and the artifacts bucket, each only when
 * it is missing, so a run against an emulator keeps what earlier runs left there.
 */
public final class LocalStorage {

  private LocalStorage() {}

  /** The table docs/lock.md describes: one string partition key, {@code lockId}. */
  public static void lockTable(DynamoDbClient dynamoDb, String name) {
    try {
      dynamoDb.describeTable(request -> request.tableName(name));
      return;
    } catch (ResourceNotFoundException missing) {
      // Created below.
    }
    dynamoDb.createTable(
        request ->
            request
                .tableName(name)
                .attributeDefinitions(
                    AttributeDefinition.builder()
                        .attributeName("lockId")
                        .attributeType(ScalarAttributeType.S)
                        .build())
                .keySchema(
                    KeySchemaElement.builder()
                        .attributeName("lockId")
                        .keyType(KeyType.HASH)
                        .build())
                .billingMode(BillingMode.PAY_PER_REQUEST));
  }

  /**
   * The artifacts bucket. The embedded S3 has no HeadBucket, so this creates and accepts "already
   * there"; emulators differ in which of S3's two answers they give for one's own bucket.
   */
  public static void bucket(S3Client s3, String name) {
    try {
      s3.createBucket(request -> request.bucket(name));
    } catch (BucketAlreadyOwnedByYouException | BucketAlreadyExistsException alreadyThere) {
      // Kept from an earlier run.
    }
  }
}
