package dev.kiroworker.worker.local.aws;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.services.s3.S3Client;

/** The S3 contract on the embedded stand-in. */
class EmbeddedS3Test extends S3Contract {

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
  S3Client client() {
    return aws.s3();
  }
}
