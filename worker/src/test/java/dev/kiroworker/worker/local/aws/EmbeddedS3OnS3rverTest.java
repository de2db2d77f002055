package dev.kiroworker.worker.local.aws;

import dev.kiroworker.testsupport.AwsEmulatorExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The same S3 contract on s3rver: what the stand-in is measured against. Where s3rver itself
 * departs from S3 (paging across pages, suffix ranges) the contract stays silent and {@link
 * EmbeddedS3BeyondS3rverTest} pins S3's documented behaviour on the stand-in alone.
 */
@ExtendWith(AwsEmulatorExtension.class)
class EmbeddedS3OnS3rverTest extends S3Contract {

  private final S3Client emulator;

  EmbeddedS3OnS3rverTest(S3Client emulator) {
    this.emulator = emulator;
  }

  @Override
  S3Client client() {
    return emulator;
  }
}
