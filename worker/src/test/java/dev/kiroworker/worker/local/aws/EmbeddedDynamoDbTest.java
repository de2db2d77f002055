package dev.kiroworker.worker.local.aws;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The DynamoDB contract on the embedded stand-in. */
class EmbeddedDynamoDbTest extends DynamoDbContract {

  private static EmbeddedAws aws;

  @BeforeAll
  static void startStandIn() {
    aws = EmbeddedAws.start();
  }

  @AfterAll
  static void stopStandIn() {
    aws.close();
  }

  @Override
  DynamoDbClient client() {
    return aws.dynamoDb();
  }
}
