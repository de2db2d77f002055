package dev.kiroworker.worker.local.aws;

import dev.kiroworker.testsupport.AwsEmulatorExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The same DynamoDB contract on dynalite: what the stand-in is measured against. A test that passes
 * on the stand-in but fails here means the stand-in drifted from DynamoDB's semantics.
 */
@ExtendWith(AwsEmulatorExtension.class)
class EmbeddedDynamoDbOnDynaliteTest extends DynamoDbContract {

  private final DynamoDbClient emulator;

  EmbeddedDynamoDbOnDynaliteTest(DynamoDbClient emulator) {
    this.emulator = emulator;
  }

  @Override
  DynamoDbClient client() {
    return emulator;
  }
}
